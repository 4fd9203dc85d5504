package vn.ttdn.intake.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.ttdn.common.ZipLimits;
import vn.ttdn.intake.DocumentReadException;

/** Paragraphs and tables of a DOCX in document order; a table row becomes one tab-separated line. */
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
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph p) {
                    sb.append(p.getText()).append('\n');
                } else if (e instanceof XWPFTable t) {
                    appendTable(sb, t);
                }
            }
            return sb.toString();
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException e) {
            throw new DocumentReadException("intake.read.brokenDocx", e);
        }
    }

    private static void appendTable(StringBuilder sb, XWPFTable t) {
        for (XWPFTableRow row : t.getRows()) {
            StringBuilder line = new StringBuilder();
            for (XWPFTableCell cell : row.getTableCells()) {
                if (line.length() > 0 || row.getTableCells().indexOf(cell) > 0) {
                    line.append('\t');
                }
                line.append(cell.getText().replace('\n', ' ').replace('\t', ' ').strip());
            }
            sb.append(line).append('\n');
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
