package vn.ttdn.tracking.internal;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.xml.sax.InputSource;
import vn.ttdn.common.ZipLimits;

/**
 * Whether a file opens as the type its extension names, tried with the library that reads that type: the first
 * bytes are easy to fake ({@code %PDF} before a web page), a whole document is not. Pure; no Spring.
 */
final class FileOpens {

    enum Verdict { OPENS, BROKEN, IMAGE_TOO_LARGE }

    /** Larger images are not photos of a meeting but a way to make the server decode gigapixels. */
    static final int MAX_IMAGE_SIDE = 20_000;
    private static final String ODT_TYPE = "application/vnd.oasis.opendocument.text";

    private FileOpens() {
    }

    static Verdict check(String extension, byte[] content) {
        try {
            return switch (extension) {
                case "jpg", "jpeg" -> image("jpeg", content);
                case "png" -> image("png", content);
                default -> opens(extension, content) ? Verdict.OPENS : Verdict.BROKEN;
            };
        } catch (Exception | StackOverflowError e) {
            return Verdict.BROKEN; // whatever the library throws, the file did not open
        }
    }

    private static boolean opens(String extension, byte[] content) throws Exception {
        return switch (extension) {
            case "pdf" -> pdf(content);
            case "docx" -> zipSafe(content) && docx(content);
            case "xlsx" -> zipSafe(content) && xlsx(content);
            case "pptx" -> zipSafe(content) && pptx(content);
            case "odt" -> zipSafe(content) && odt(content);
            case "doc" -> doc(content);
            case "xls" -> xls(content);
            case "txt" -> text(content);
            default -> false;
        };
    }

    /** A PDF ends with %%EOF (within its last 1 KB); PDFBox's lenient parser would rebuild half a file otherwise. */
    private static boolean pdf(byte[] content) throws IOException {
        String tail = new String(content, Math.max(0, content.length - 1024), Math.min(1024, content.length),
                StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            return false;
        }
        try (PDDocument doc = Loader.loadPDF(content)) {
            return doc.getNumberOfPages() >= 1 && doc.getPage(0).getMediaBox() != null;
        } catch (InvalidPasswordException e) {
            return true; // parsed up to its encryption: a real PDF, locked with a password
        }
    }

    private static boolean zipSafe(byte[] content) {
        if (!ZipLimits.isSafeZip(content)) {
            return false;
        }
        ZipLimits.applyToPoi();
        return true;
    }

    private static boolean docx(byte[] content) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            return doc.getDocument().getBody() != null;
        }
    }

    private static boolean pptx(byte[] content) throws IOException {
        try (XMLSlideShow show = new XMLSlideShow(new ByteArrayInputStream(content))) {
            return show.getPageSize() != null;
        }
    }

    /** Sheets are read as a stream of XML, not built as a workbook: a 10 MB workbook can need gigabytes of heap. */
    private static boolean xlsx(byte[] content) throws Exception {
        OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content));
        try {
            XSSFReader reader = new XSSFReader(pkg);
            wellFormedXml(reader.getWorkbookData());
            int sheets = 0;
            for (Iterator<InputStream> it = reader.getSheetsData(); it.hasNext(); sheets++) {
                wellFormedXml(it.next());
            }
            return sheets > 0;
        } finally {
            pkg.revert(); // close without writing anything back
        }
    }

    /** An ODF text: its "mimetype" entry names it, and its content.xml is well-formed XML. */
    private static boolean odt(byte[] content) throws Exception {
        boolean typed = false;
        boolean body = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("mimetype")) {
                    typed = new String(zip.readNBytes(200), StandardCharsets.US_ASCII).strip().equals(ODT_TYPE);
                } else if (e.getName().equals("content.xml")) {
                    wellFormedXml(new FilterInputStream(zip) {
                        @Override
                        public void close() {
                            // the parser closes its input; the zip's next entries are still to be read
                        }
                    });
                    body = true;
                }
            }
        }
        return typed && body;
    }

    private static void wellFormedXml(InputStream in) throws Exception {
        try (in) {
            XMLHelper.newXMLReader().parse(new InputSource(in)); // POI's reader: no external entities, no DTD bombs
        }
    }

    private static boolean doc(byte[] content) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
            if (!fs.getRoot().hasEntry("WordDocument")) {
                return false;
            }
            try (HWPFDocument doc = new HWPFDocument(fs)) {
                return doc.getRange().text() != null;
            }
        } catch (EncryptedDocumentException e) {
            return true; // parsed up to its encryption: a real Word file, locked with a password
        }
    }

    private static boolean xls(byte[] content) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content));
             HSSFWorkbook book = new HSSFWorkbook(fs)) {
            return book.getNumberOfSheets() > 0;
        } catch (EncryptedDocumentException e) {
            return true;
        }
    }

    /** Text is UTF-8 (a byte-order mark allowed) or UTF-16 with its mark, decoded strictly: no guessing here. */
    private static boolean text(byte[] b) {
        int u = b.length >= 2 ? ((b[0] & 0xFF) << 8) | (b[1] & 0xFF) : 0;
        if (u == 0xFFFE) {
            return decodes(b, 2, StandardCharsets.UTF_16LE);
        }
        if (u == 0xFEFF) {
            return decodes(b, 2, StandardCharsets.UTF_16BE);
        }
        boolean bom = b.length >= 3 && u == 0xEFBB && (b[2] & 0xFF) == 0xBF;
        return decodes(b, bom ? 3 : 0, StandardCharsets.UTF_8);
    }

    private static boolean decodes(byte[] b, int offset, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, offset, b.length - offset));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Reads the header only (dimensions), never the pixels; the stream stays in memory, not in a temp file. */
    private static Verdict image(String format, byte[] content) throws IOException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(content))) {
            for (Iterator<ImageReader> readers = ImageIO.getImageReaders(in); readers.hasNext(); ) {
                ImageReader reader = readers.next();
                try {
                    if (reader.getFormatName().toLowerCase(Locale.ROOT).equals(format)) {
                        reader.setInput(in, true, true);
                        return dimensions(reader.getWidth(0), reader.getHeight(0));
                    }
                } finally {
                    reader.dispose();
                }
            }
            return Verdict.BROKEN;
        }
    }

    private static Verdict dimensions(int width, int height) {
        if (width <= 0 || height <= 0) {
            return Verdict.BROKEN;
        }
        return width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE ? Verdict.IMAGE_TOO_LARGE : Verdict.OPENS;
    }
}
