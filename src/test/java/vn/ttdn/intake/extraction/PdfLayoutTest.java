package vn.ttdn.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdn.intake.extraction.PdfGlyphLines.Glyph;
import vn.ttdn.intake.extraction.PdfPageReader.Page;
import vn.ttdn.intake.extraction.PdfTableGrid.Rule;

/**
 * PDF pages made by hand as glyph positions and ruling lines (what PDFBox reports), so each layout rule is tested
 * without a PDF producer: cells from rules, merged cells, paragraphs inside cells, page furniture, page breaks.
 */
class PdfLayoutTest {

    private static final float SIZE = 10f;
    private static final float CHAR = 5f;

    /** Columns at x 0 | 30 | 230 | 330 | 430; rows between the y rules. */
    private static final float[] XS = {0, 30, 230, 330, 430};

    @Test
    void glyphsOfOneLineWithSpacesAndTonesPlacedApart() {
        List<Glyph> g = new ArrayList<>();
        word(g, "Sở", 0, 100);
        word(g, "Ngoa", 20, 100);
        g.add(new Glyph(20 + 3 * CHAR, 100, 0, SIZE, "\u0323")); // the tone as a glyph of its own
        word(g, "i", 20 + 4 * CHAR, 100);
        word(g, "vụ", 50, 100.4f);
        assertThat(PdfGlyphLines.lines(g)).extracting(PdfGlyphLines.Line::text).containsExactly("Sở Ngoại vụ");
    }

    @Test
    void cellLinesJoinedAsParagraphsOrWrappedLines() {
        List<Glyph> g = new ArrayList<>();
        word(g, "Các sở, ban, ngành", 235, 20); // ends short of the edge, but the next line starts an agency
        word(g, "UBND các huyện, thị", 235, 32);
        word(g, "xã", 235, 44);
        word(g, "Công an tỉnh", 235, 56); // ends far from the edge: a paragraph of its own
        word(g, "Sở Tư pháp", 235, 68);
        word(g, "tổ chức tuyên truyền sâu rộng thông", 35, 20);
        word(g, "tin đối ngoại", 35, 32);
        List<Rule> rules = grid(new float[] {10, 80});
        PdfTableGrid.Result r = PdfTableGrid.grid(g, rules);
        assertThat(r.rows()).hasSize(1);
        assertThat(r.rows().get(0).cells()).containsExactly("", "tổ chức tuyên truyền sâu rộng thông tin đối ngoại",
                "Các sở, ban, ngành; UBND các huyện, thị xã; Công an tỉnh; Sở Tư pháp", "");
    }

    @Test
    void aCellWithoutTheRuleAboveContinuesTheCellAboveAndAFullWidthCellIsAHeading() {
        List<Glyph> g = new ArrayList<>();
        word(g, "1. Nhiệm vụ chung", 5, 20);
        word(g, "1.1", 5, 40);
        word(g, "Họp báo quý", 35, 40);
        word(g, "Văn phòng", 235, 40);
        word(g, "1.2", 5, 60);
        word(g, "Trả lời phỏng vấn", 35, 60);
        List<Rule> rules = new ArrayList<>();
        float[] ys = {10, 30, 50, 70};
        for (int b = 0; b < ys.length; b++) {
            boolean mergedBelow = b == 2; // no rule between 1.1 and 1.2 in the lead column
            for (int c = 0; c < 4; c++) {
                if (!(mergedBelow && c == 2)) {
                    rules.add(new Rule(XS[c], ys[b], XS[c + 1], ys[b] + 0.5f));
                }
            }
        }
        for (int b = 0; b + 1 < ys.length; b++) {
            for (int c = 0; c < XS.length; c++) {
                if (b > 0 || c == 0 || c == XS.length - 1) { // the first band spans the table
                    rules.add(new Rule(XS[c], ys[b], XS[c] + 0.5f, ys[b + 1]));
                }
            }
        }
        List<PdfTableGrid.Row> rows = PdfTableGrid.grid(g, rules).rows();
        assertThat(rows).extracting(PdfTableGrid.Row::spanning).containsExactly(true, false, false);
        assertThat(rows.get(0).cells()).containsExactly("1. Nhiệm vụ chung");
        assertThat(rows.get(1).cells()).containsExactly("1.1", "Họp báo quý", "Văn phòng", "");
        assertThat(rows.get(2).cells()).containsExactly("1.2", "Trả lời phỏng vấn", "Văn phòng", "");
    }

    @Test
    void runningHeadersRepeatedHeaderRowsAndRowsCutByAPageBreak() {
        List<Page> pages = List.of(page(1, new String[][] {{"TT", "Nội dung", "Chủ trì", "Phối hợp"},
                {"1", "Tổ chức tập huấn cho phóng", "Sở Thông tin", "Sở Nội vụ"}}),
                page(2, new String[][] {{"TT", "Nội dung", "Chủ trì", "Phối hợp"},
                        {"", "viên nước ngoài", "và Truyền thông", ""},
                        {"2", "In tờ gấp giới thiệu tỉnh", "Sở Ngoại vụ", ""}}));
        assertThat(PdfLayout.text(pages).split("\n")).containsExactly(
                "Kế hoạch năm 2025 và phần mở đầu trang 1",
                "TT\tNội dung\tChủ trì\tPhối hợp",
                "1\tTổ chức tập huấn cho phóng viên nước ngoài\tSở Thông tin và Truyền thông\tSở Nội vụ",
                "2\tIn tờ gấp giới thiệu tỉnh\tSở Ngoại vụ\t");
    }

    @Test
    void noRulesMeansNoLayout() {
        List<Glyph> g = new ArrayList<>();
        word(g, "Văn bản không có bảng", 10, 100);
        assertThat(PdfLayout.text(List.of(new Page(800, g, List.of())))).isNull();
    }

    /** A page: a running header line, a body line on the first page only, a ruled table of the given rows. */
    private static Page page(int n, String[][] rows) {
        List<Glyph> g = new ArrayList<>();
        word(g, "Kế hoạch thông tin đối ngoại", 0, 30); // running header in the top margin
        if (n == 1) {
            word(g, "Kế hoạch năm 2025 và phần mở đầu trang 1", 0, 120);
        }
        float[] ys = new float[rows.length + 1];
        for (int b = 0; b <= rows.length; b++) {
            ys[b] = 150 + 30 * b;
        }
        for (int b = 0; b < rows.length; b++) {
            for (int c = 0; c < 4; c++) {
                if (!rows[b][c].isEmpty()) {
                    word(g, rows[b][c], XS[c] + 3, ys[b] + 15);
                }
            }
        }
        word(g, String.valueOf(n), 200, 780); // page number in the bottom margin
        return new Page(800, g, grid(ys));
    }

    private static List<Rule> grid(float[] ys) {
        List<Rule> rules = new ArrayList<>();
        for (float y : ys) {
            rules.add(new Rule(XS[0], y, XS[XS.length - 1], y + 0.5f));
        }
        for (float x : XS) {
            rules.add(new Rule(x, ys[0], x + 0.5f, ys[ys.length - 1]));
        }
        return rules;
    }

    /** A word's glyphs, one a character at a fixed advance (a space is a gap, as producers leave it). */
    private static void word(List<Glyph> g, String text, float x, float y) {
        float at = x;
        for (int i = 0; i < text.length(); i++) {
            String ch = String.valueOf(text.charAt(i));
            if (!" ".equals(ch)) {
                g.add(new Glyph(at, y, CHAR, SIZE, ch));
            }
            at += CHAR;
        }
    }
}
