package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * A Word table as lines: one tab-separated line a row, cells at their grid columns (a cell spanning columns is
 * followed by empty ones), a cell merged down from the one above (vMerge) holding that cell's text, and a row that
 * is one cell spanning the table (a section heading) as a plain line. Paragraphs inside a cell are separate items
 * (one agency each, typically), so they are joined by "; " unless the first already ends a clause.
 */
final class DocxTables {

    private final DocxParagraphs paragraphs;

    DocxTables(DocxParagraphs paragraphs) {
        this.paragraphs = paragraphs;
    }

    void append(StringBuilder sb, XWPFTable t) {
        List<String> above = new ArrayList<>();
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            List<XWPFTableCell> tc = row.getTableCells();
            for (XWPFTableCell cell : tc) {
                int col = cells.size();
                CTTcPr pr = cell.getCTTc().getTcPr();
                boolean continued = pr != null && pr.isSetVMerge()
                        && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
                cells.add(continued && col < above.size() ? above.get(col) : text(cell));
                int span = pr != null && pr.isSetGridSpan() ? pr.getGridSpan().getVal().intValue() : 1;
                for (int k = 1; k < Math.min(span, 64); k++) {
                    cells.add("");
                }
            }
            if (tc.size() == 1 && cells.size() > 1 && !cells.get(0).isEmpty()) {
                sb.append(cells.get(0)).append('\n'); // a heading across the table
                continue;
            }
            sb.append(String.join("\t", cells)).append('\n');
            above = cells;
        }
    }

    private String text(XWPFTableCell cell) {
        StringBuilder sb = new StringBuilder();
        for (IBodyElement e : cell.getBodyElements()) {
            String t;
            if (e instanceof XWPFParagraph p) {
                t = paragraphs.text(p);
            } else if (e instanceof XWPFTable nested) {
                t = nested.getText();
            } else {
                continue;
            }
            t = t.replace('\n', ' ').replace('\t', ' ').strip();
            if (t.isEmpty()) {
                continue;
            }
            if (sb.length() > 0) {
                char end = sb.charAt(sb.length() - 1);
                sb.append(".;:,".indexOf(end) >= 0 ? " " : "; ");
            }
            sb.append(t);
        }
        return sb.toString();
    }
}
