package vn.ttdn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Small documents per format family, written here by hand, read end to end into tasks. */
class FormatFamiliesTest {

    private static final Path DEJAVU = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private final PlanDocumentReader reader = new PlanDocumentReader();
    private final PlanExtractor extractor = new PlanExtractor();

    /** "Kế hoạch thông tin đối ngoại của tỉnh" in Windows-1258: ê (0xEA) then the acute (0xEC), and so on. */
    @Test
    void windows1258WithCombiningTones() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "K", 0xEA, 0xEC, " ho", "a", 0xF2, "ch th", 0xF4, "ng tin ", 0xF0, 0xF4, 0xEC, "i ngoa", 0xF2,
                "i cu", 0xD2, "a ti", 0xD2, "nh. S", 0xF5, 0xD2, " Ngoa", 0xF2, "i vu", 0xF2, " ch", 0xF4, 0xF2,
                " tri", 0xCC, ".");
        ReadDocument d = reader.read("kh.txt", out.toByteArray());
        assertThat(d.encoding()).isEqualTo("windows-1258");
        assertThat(d.text()).isEqualTo("Kế hoạch thông tin đối ngoại của tỉnh. Sở Ngoại vụ chộ trì.");
    }

    @Test
    void aTableTypedInTextWithHeadingsAcrossItAndItsHeaderRepeated() {
        String text = String.join("\n", "KẾ HOẠCH", "Thông tin đối ngoại năm 2025", "II. NHIỆM VỤ",
                "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp",
                "1. Thông tin trên báo chí",
                "1.1\tThực hiện nhiệm vụ tuyên truyền về biển đảo\tBáo Phú Yên\tSở Nội vụ",
                "STT\tNội dung\tĐơn vị chủ trì\tĐơn vị phối hợp",
                "III. TỔ CHỨC THỰC HIỆN",
                "1\tTổng hợp, báo cáo kết quả\tSở Thông tin và Truyền thông\tCác sở, ngành");
        List<ParsedTask> tasks = extractor.extract(text).tasks();
        assertThat(tasks).extracting(ParsedTask::content).containsExactly(
                "Thực hiện nhiệm vụ tuyên truyền về biển đảo", "Tổng hợp, báo cáo kết quả");
        assertThat(tasks).extracting(ParsedTask::lead).containsExactly(List.of("Báo Phú Yên"),
                List.of("Sở Thông tin và Truyền thông"));
    }

    /** A PDF drawn here with PDFBox: a ruled table whose cells wrap onto several lines, and a page number. */
    @Test
    void aRuledPdfTableReadsAsOneLineARow() throws Exception {
        Assumptions.assumeTrue(Files.exists(DEJAVU), "DejaVu Sans (fonts-dejavu-core) is not installed");
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDFont font = PDType0Font.load(doc, DEJAVU.toFile());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, font, 60, 740, "KẾ HOẠCH");
                text(cs, font, 60, 725, "Thông tin đối ngoại năm 2025");
                text(cs, font, 60, 705, "II. NHIỆM VỤ");
                // cells as narrow as a layout engine leaves them: the next word would not fit on the first line
                float[] xs = {60, 90, 0, 0, 0};
                xs[2] = xs[1] + 3 + width(font, "Tổ chức họp báo định kỳ về tình") + 6;
                xs[3] = xs[2] + 3 + Math.max(width(font, "Văn phòng UBND"), width(font, "Cơ quan chủ trì")) + 6;
                xs[4] = xs[3] + 3 + Math.max(width(font, "Sở Thông tin và"), width(font, "Cơ quan phối hợp")) + 6;
                float[] ys = {690, 670, 585, 550};
                for (float y : ys) {
                    line(cs, xs[0], y, xs[4], y);
                }
                for (float x : xs) {
                    line(cs, x, ys[0], x, ys[3]);
                }
                String[] head = {"TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp"};
                for (int k = 0; k < 4; k++) {
                    text(cs, font, xs[k] + 3, 676, head[k]);
                }
                text(cs, font, 63, 606, "1");
                text(cs, font, 93, 606, "Tổ chức họp báo định kỳ về tình");
                text(cs, font, 93, 592, "hình kinh tế - xã hội của tỉnh");
                text(cs, font, xs[2] + 3, 606, "Văn phòng UBND");
                text(cs, font, xs[2] + 3, 592, "tỉnh");
                text(cs, font, xs[3] + 3, 606, "Sở Thông tin và");
                text(cs, font, xs[3] + 3, 592, "Truyền thông");
                text(cs, font, 63, 566, "2");
                text(cs, font, 93, 566, "Cập nhật tin bài tiếng Anh");
                text(cs, font, xs[2] + 3, 566, "Sở Ngoại vụ");
                text(cs, font, 300, 40, "2");
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        ReadDocument d = reader.read("kh.pdf", pdf);
        assertThat(d.text()).contains("1\tTổ chức họp báo định kỳ về tình hình kinh tế - xã hội của tỉnh\t"
                + "Văn phòng UBND tỉnh\tSở Thông tin và Truyền thông");
        List<ParsedTask> tasks = extractor.extract(d.text()).tasks();
        assertThat(tasks).extracting(ParsedTask::lead).containsExactly(List.of("Văn phòng UBND tỉnh"),
                List.of("Sở Ngoại vụ"));
        assertThat(tasks.get(0).coordinating()).containsExactly("Sở Thông tin và Truyền thông");
    }

    /** Two pages with a running header and a page number, a duty running over the page break. */
    @Test
    void aSentenceOverAPageBreakLosesTheRunningHeader() throws Exception {
        Assumptions.assumeTrue(Files.exists(DEJAVU), "DejaVu Sans (fonts-dejavu-core) is not installed");
        String[][] pages = {{"KẾ HOẠCH", "Thông tin đối ngoại năm 2026", "I. NHIỆM VỤ",
                "- Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức"}, {"các đoàn khảo sát điểm đến cho báo chí."}};
        byte[] pdf;
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDFont font = PDType0Font.load(doc, DEJAVU.toFile());
            for (int p = 0; p < pages.length; p++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    text(cs, font, 200, 760, "UBND tỉnh Phú Yên - Kế hoạch số 45/KH-UBND");
                    for (int k = 0; k < pages[p].length; k++) {
                        text(cs, font, 60, 700 - 16 * k, pages[p][k]);
                    }
                    text(cs, font, 300, 40, "Trang " + (p + 1));
                }
            }
            doc.save(out);
            pdf = out.toByteArray();
        }
        ReadDocument d = reader.read("kh.pdf", pdf);
        assertThat(d.text()).doesNotContain("45/KH-UBND").doesNotContain("Trang");
        List<ParsedTask> tasks = extractor.extract(d.text()).tasks();
        assertThat(tasks).extracting(ParsedTask::content).containsExactly(
                "Sở Văn hóa, Thể thao và Du lịch chủ trì tổ chức các đoàn khảo sát điểm đến cho báo chí.");
    }

    private static void text(PDPageContentStream cs, PDFont font, float x, float y, String s) throws Exception {
        cs.beginText();
        cs.setFont(font, 10);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    private static float width(PDFont font, String s) throws Exception {
        return font.getStringWidth(s) / 1000 * 10;
    }

    private static void line(PDPageContentStream cs, float x0, float y0, float x1, float y1) throws Exception {
        cs.moveTo(x0, y0);
        cs.lineTo(x1, y1);
        cs.stroke();
    }

    private static void write(ByteArrayOutputStream out, Object... parts) {
        for (Object p : parts) {
            if (p instanceof String s) {
                out.writeBytes(s.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            } else {
                out.write((Integer) p);
            }
        }
    }
}
