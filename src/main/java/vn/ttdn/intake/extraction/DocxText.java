package vn.ttdn.intake.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import vn.ttdn.common.ZipLimits;
import vn.ttdn.intake.DocumentReadException;

/**
 * Paragraphs and tables of a DOCX in document order, with Word's generated numbering and legacy-font runs decoded;
 * a table row becomes one tab-separated line ({@link DocxTables}).
 */
public final class DocxText {

    /** Expanded size we accept, and the largest expansion ratio (a zip bomb expands far more). */
    static final long MAX_EXPANDED = ZipLimits.MAX_EXPANDED;

    private DocxText() {
    }

    public static String read(byte[] content) throws DocumentReadException {
        checkExpansion(content);
        ZipLimits.applyToPoi();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(content))) {
            StringBuilder sb = new StringBuilder();
            DocxParagraphs paragraphs = new DocxParagraphs(new WordNumbering(doc.getNumbering()));
            DocxTables tables = new DocxTables(paragraphs);
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    sb.append(paragraphs.text(p)).append('\n');
                } else if (e instanceof XWPFTable t) {
                    tables.append(sb, t);
                }
            }
            return sb.toString();
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            throw new DocumentReadException("intake.read.brokenDocx", e);
        }
    }

    /** Streams the archive once, counting expanded bytes, before POI builds anything in memory. */
    static void checkExpansion(byte[] content) throws DocumentReadException {
        long total = 0;
        boolean hasDocument = false;
        byte[] buf = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                hasDocument |= "word/document.xml".equals(e.getName());
                total += ZipLimits.drain(zip, buf, MAX_EXPANDED - total);
                if (ZipLimits.exceeded(total, content.length)) {
                    throw new DocumentReadException("intake.read.zipBomb");
                }
            }
        } catch (IOException | IllegalArgumentException ex) {
            throw new DocumentReadException("intake.read.brokenDocx", ex);
        }
        if (!hasDocument) {
            throw new DocumentReadException("intake.read.notDocx");
        }
    }
}
