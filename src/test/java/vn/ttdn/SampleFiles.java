package vn.ttdn;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Small but real files of every evidence type, made by the libraries that write them, and the hostile ones the
 * security review found accepted: a web page behind {@code %PDF}, a PDF cut in half, a DOC that is only its magic.
 */
public final class SampleFiles {

    public static final String HTML = "<!DOCTYPE html>\n<html><body><script>alert(document.cookie)</script></body></html>";
    public static final String SVG = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + "onload=\"alert(1)\"><circle r=\"5\"/></svg>";

    private SampleFiles() {
    }

    /** One page with a line of text, as any office software would write it. */
    public static byte[] pdf() {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(50, 700);
                cs.showText("Bao cao ket qua thuc hien nhiem vu");
                cs.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] truncatedPdf() {
        byte[] pdf = pdf();
        return Arrays.copyOf(pdf, pdf.length / 2);
    }

    public static byte[] pdfHeaderThenHtml() {
        return ("%PDF-1.7\n" + HTML + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] docx() {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("Báo cáo kết quả");
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] xlsx() {
        return workbook(new XSSFWorkbook());
    }

    public static byte[] xls() {
        return workbook(new HSSFWorkbook());
    }

    public static byte[] pptx() {
        try (XMLSlideShow show = new XMLSlideShow(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            show.createSlide();
            show.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A Word 97 file: POI cannot write one, so this is LibreOffice's ({@code soffice --headless --convert-to
     * "doc:MS Word 97"} of a one-line text), kept as a test resource.
     */
    public static byte[] doc() {
        try (InputStream in = SampleFiles.class.getResourceAsStream("minh-chung.doc")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The OLE2 signature of a Word file, then noise. */
    public static byte[] corruptDoc() {
        byte[] bytes = new byte[4096];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        for (int i = magic.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }

    /** An OpenDocument text as the format defines it: "mimetype" first and stored, then content.xml. */
    public static byte[] odt() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content xmlns:office="
                    + "\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"><office:body/></office:document-content>")
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] png() {
        return image("png");
    }

    public static byte[] jpg() {
        return image("jpg");
    }

    /** A PNG whose header claims {@code side} × {@code side} pixels, with no pixels behind it. */
    public static byte[] pngClaiming(int side) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(side).putInt(side).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static byte[] image(String format) {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(10, 10, 0xC8102E);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] workbook(Workbook book) {
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Kết quả").createRow(0).createCell(0).setCellValue("Đã hoàn thành");
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
