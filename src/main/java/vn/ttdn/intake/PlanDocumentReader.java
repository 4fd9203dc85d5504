package vn.ttdn.intake;

import java.util.Locale;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import java.util.Map;
import vn.ttdn.common.Markup;
import vn.ttdn.intake.extraction.ContentSniffer;
import vn.ttdn.intake.extraction.DocText;
import vn.ttdn.intake.extraction.DocxText;
import vn.ttdn.intake.extraction.PdfText;
import vn.ttdn.intake.extraction.TextDecoder;
import vn.ttdn.intake.extraction.TextNormalizer;

/**
 * Reads an uploaded plan document (TXT, DOCX, DOC, PDF with a text layer) into normalised text. The type is
 * sniffed from the content and must be the one the file name claims; web pages, SVG and XML are refused whatever
 * their name; limits protect the server from oversized files and zip bombs; every failure is a
 * {@link DocumentReadException} with a Vietnamese message.
 */
public final class PlanDocumentReader {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    private static final Map<String, ContentSniffer.Type> CLAIMED = Map.of("pdf", ContentSniffer.Type.PDF,
            "docx", ContentSniffer.Type.DOCX, "doc", ContentSniffer.Type.OLE2, "txt", ContentSniffer.Type.TEXT);
    private static final Map<ContentSniffer.Type, String> LABEL = Map.of(ContentSniffer.Type.PDF, "PDF",
            ContentSniffer.Type.DOCX, "DOCX (tệp nén)", ContentSniffer.Type.OLE2, "tài liệu Office cũ (DOC, XLS…)",
            ContentSniffer.Type.TEXT, "văn bản thuần (TXT)");

    public ReadDocument read(String fileName, byte[] content) throws DocumentReadException {
        if (content == null || content.length == 0) {
            throw new DocumentReadException("intake.read.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new DocumentReadException("intake.read.tooLarge", String.valueOf(content.length / (1024 * 1024)),
                    String.valueOf(MAX_BYTES / (1024 * 1024)));
        }
        if (Markup.isMarkup(content)) {
            throw new DocumentReadException("intake.read.markup", quoted(baseName(fileName)));
        }
        ContentSniffer.Type type = ContentSniffer.sniff(content);
        requireNameAgrees(fileName, type, content);
        try {
            return switch (type) {
                case PDF -> of(PdfText.read(content), "PDF", "PDF");
                case DOCX -> of(DocxText.read(content), "DOCX", "UTF-8");
                case OLE2 -> of(DocText.read(content), "DOC", "DOC");
                case TEXT -> text(content);
                case UNSUPPORTED -> throw new DocumentReadException("intake.read.unsupported");
            };
        } catch (DocumentReadException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw new DocumentReadException("intake.read.broken", e);
        }
    }

    /**
     * The extension says what the file is and the content must be that (a .txt may hold any text encoding we read).
     * A password-protected DOCX is an OLE2 container, so a .docx may be one of those, for its own message.
     */
    private static void requireNameAgrees(String fileName, ContentSniffer.Type type, byte[] content)
            throws DocumentReadException {
        String name = baseName(fileName);
        int dot = name.lastIndexOf('.');
        ContentSniffer.Type claimed = dot < 0 ? null : CLAIMED.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
        if (claimed == null) {
            throw new DocumentReadException("intake.read.noExtension", quoted(name));
        }
        boolean lockedDocx = claimed == ContentSniffer.Type.DOCX && type == ContentSniffer.Type.OLE2
                && DocText.isEncryptedPackage(content);
        if (type != claimed && type != ContentSniffer.Type.UNSUPPORTED && !lockedDocx) {
            throw new DocumentReadException("intake.read.nameMismatch", quoted(name), name.substring(dot + 1),
                    new DefaultMessageSourceResolvable(new String[] {"intake.read.type." + type}, LABEL.get(type)));
        }
    }

    /** "Tệp \"kehoach.pdf\"", or "Tệp tải lên" without a name. */
    private static MessageSourceResolvable quoted(String name) {
        return name.isEmpty() ? new DefaultMessageSourceResolvable("intake.read.theUpload")
                : new DefaultMessageSourceResolvable(new String[] {"intake.read.fileNamed"}, new Object[] {name});
    }

    private static String baseName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    }

    private static ReadDocument text(byte[] content) {
        TextDecoder.Decoded d = TextDecoder.decode(content);
        return new ReadDocument(TextNormalizer.normalize(d.text()), "TXT", d.encoding());
    }

    private static ReadDocument of(String extracted, String type, String encoding) {
        String repaired = TextDecoder.repairLegacy(extracted);
        String enc = repaired.equals(extracted) ? encoding : encoding + "+legacy";
        return new ReadDocument(TextNormalizer.normalize(repaired), type, enc);
    }
}
