package vn.ttdn.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import vn.ttdn.intake.ParsedTask;
import vn.ttdn.intake.PlanExtractor;
import vn.ttdn.intake.extraction.TextNormalizer;

/** Word files as provinces make them, built small by hand: generated numbering, merged cells, legacy fonts. */
class DocxWordLayoutTest {

    @Test
    void numberingComesFromNumberingXmlWithLevelsAndRestarts() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering n = doc.createNumbering();
            BigInteger outline = n.addAbstractNum(new XWPFAbstractNum(abstractNum(0,
                    new Object[] {STNumberFormat.UPPER_ROMAN, "%1."}, new Object[] {STNumberFormat.DECIMAL, "%2."},
                    new Object[] {STNumberFormat.LOWER_LETTER, "%3)"}), n));
            BigInteger list = n.addNum(outline);
            BigInteger bullets = n.addNum(n.addAbstractNum(new XWPFAbstractNum(abstractNum(1,
                    new Object[] {STNumberFormat.BULLET, "\uF0B7"}), n)));
            numbered(doc, list, 0, "MỤC ĐÍCH");
            numbered(doc, list, 1, "Mục đích");
            numbered(doc, list, 1, "Yêu cầu");
            numbered(doc, list, 0, "NỘI DUNG");
            numbered(doc, list, 1, "Tuyên truyền");
            numbered(doc, list, 2, "Trên báo chí");
            numbered(doc, list, 2, "Trên mạng xã hội");
            numbered(doc, bullets, 0, "Một gạch đầu dòng");
            BigInteger restarted = n.addNum(outline);
            CTNumLvl o = n.getNum(restarted).getCTNum().addNewLvlOverride();
            o.setIlvl(BigInteger.ONE);
            o.addNewStartOverride().setVal(BigInteger.valueOf(5));
            numbered(doc, restarted, 1, "Bắt đầu lại từ năm");
            assertThat(DocxText.read(bytes(doc)).split("\n")).containsExactly("I. MỤC ĐÍCH", "1. Mục đích",
                    "2. Yêu cầu", "II. NỘI DUNG", "1. Tuyên truyền", "a) Trên báo chí", "b) Trên mạng xã hội",
                    "- Một gạch đầu dòng", "5. Bắt đầu lại từ năm");
        }
    }

    @Test
    void mergedCellsSpanningHeadingsAndAgenciesOneParagraphEach() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFTable t = doc.createTable(1, 4);
            String[] head = {"STT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp"};
            for (int k = 0; k < 4; k++) {
                t.getRow(0).getCell(k).setText(head[k]);
            }
            XWPFTableRow heading = t.createRow();
            while (heading.getTableCells().size() > 1) {
                heading.removeCell(1);
            }
            heading.getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.valueOf(4));
            heading.getCell(0).setText("1. Thông tin đối ngoại trên báo chí");
            row(t, "1.1", "Sản xuất phóng sự về du lịch biển", STMerge.RESTART, List.of("Sở Văn hóa và Thể thao"),
                    List.of("Báo Bình Định", "Đài Phát thanh và Truyền hình tỉnh"));
            row(t, "1.2", "Đăng tải tin bài song ngữ", STMerge.CONTINUE, List.of(), List.of());
            assertThat(DocxText.read(bytes(doc)).split("\n")).containsExactly(
                    "STT\tNhiệm vụ\tĐơn vị chủ trì\tĐơn vị phối hợp",
                    "1. Thông tin đối ngoại trên báo chí",
                    "1.1\tSản xuất phóng sự về du lịch biển\tSở Văn hóa và Thể thao\tBáo Bình Định; Đài Phát thanh và "
                            + "Truyền hình tỉnh",
                    "1.2\tĐăng tải tin bài song ngữ\tSở Văn hóa và Thể thao\t");
        }
    }

    @Test
    void theMergedLeadReachesEveryTaskOfTheTable() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("II. NHIỆM VỤ");
            XWPFTable t = doc.createTable(1, 4);
            String[] head = {"TT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp"};
            for (int k = 0; k < 4; k++) {
                t.getRow(0).getCell(k).setText(head[k]);
            }
            row(t, "1", "Tổ chức hội nghị báo chí định kỳ", STMerge.RESTART, List.of("Sở Thông tin và Truyền thông"),
                    List.of("Sở Ngoại vụ"));
            row(t, "2", "Cập nhật tin tiếng Anh trên cổng thông tin", STMerge.CONTINUE, List.of(),
                    List.of("Công an tỉnh"));
            String text = TextNormalizer.normalize(DocxText.read(bytes(doc)));
            List<ParsedTask> tasks = new PlanExtractor().extract("KẾ HOẠCH\nThông tin đối ngoại năm 2025\n" + text)
                    .tasks();
            assertThat(tasks).extracting(ParsedTask::lead).containsExactly(List.of("Sở Thông tin và Truyền thông"),
                    List.of("Sở Thông tin và Truyền thông"));
            assertThat(tasks).extracting(ParsedTask::coordinating).containsExactly(List.of("Sở Ngoại vụ"),
                    List.of("Công an tỉnh"));
        }
    }

    /** Bytes from the published tables: TCVN3 "Së Th«ng tin" (ở 0xEB, ô 0xAB), VNI "Sôû Thoâng tin". */
    @Test
    void legacyFontRunsAreDecodedByTheirFont() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFParagraph p = doc.createParagraph();
            run(p, "Unicode: Kế hoạch; ", "Times New Roman");
            run(p, latin1(0x53, 0xEB, " Th", 0xAB, "ng tin"), ".VnTime");
            run(p, "; ", "Times New Roman");
            run(p, latin1("S", 0xF4, 0xFB, " Tho", 0xE2, "ng tin"), "VNI-Times");
            XWPFParagraph caps = doc.createParagraph();
            run(caps, latin1("k", 0xD5, " ho", 0xB9, "ch"), ".VnTimeH"); // the capitals font: "KẾ HOẠCH"
            assertThat(TextNormalizer.normalize(DocxText.read(bytes(doc))).split("\n")).containsExactly(
                    "Unicode: Kế hoạch; Sở Thông tin; Sở Thông tin", "KẾ HOẠCH");
        }
    }

    @Test
    void wordFormatsOfNumbers() {
        assertThat(WordNumbering.format(4, "upperRoman")).isEqualTo("IV");
        assertThat(WordNumbering.format(14, "lowerRoman")).isEqualTo("xiv");
        assertThat(WordNumbering.format(28, "lowerLetter")).isEqualTo("bb");
        assertThat(WordNumbering.format(3, "decimalZero")).isEqualTo("03");
    }

    private static void row(XWPFTable t, String tt, String content, STMerge.Enum merge, List<String> lead,
                            List<String> coordinating) {
        XWPFTableRow r = t.createRow();
        r.getCell(0).setText(tt);
        r.getCell(1).setText(content);
        r.getCell(2).getCTTc().addNewTcPr().addNewVMerge().setVal(merge);
        paragraphs(r.getCell(2), lead);
        paragraphs(r.getCell(3), coordinating);
    }

    private static void paragraphs(org.apache.poi.xwpf.usermodel.XWPFTableCell c, List<String> texts) {
        for (int k = 0; k < texts.size(); k++) {
            (k == 0 ? c.getParagraphs().get(0) : c.addParagraph()).createRun().setText(texts.get(k));
        }
    }

    private static void numbered(XWPFDocument doc, BigInteger num, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setNumID(num);
        p.setNumILvl(BigInteger.valueOf(level));
        p.createRun().setText(text);
    }

    private static CTAbstractNum abstractNum(int id, Object[]... levels) {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(BigInteger.valueOf(id));
        for (int k = 0; k < levels.length; k++) {
            CTLvl l = a.addNewLvl();
            l.setIlvl(BigInteger.valueOf(k));
            l.addNewStart().setVal(BigInteger.ONE);
            l.addNewNumFmt().setVal((STNumberFormat.Enum) levels[k][0]);
            l.addNewLvlText().setVal((String) levels[k][1]);
        }
        return a;
    }

    private static void run(XWPFParagraph p, String text, String font) {
        XWPFRun r = p.createRun();
        r.setFontFamily(font);
        r.setText(text);
    }

    private static String latin1(Object... parts) {
        StringBuilder sb = new StringBuilder();
        for (Object o : parts) {
            sb.append(o instanceof Integer i ? String.valueOf((char) i.intValue()) : (String) o);
        }
        return sb.toString();
    }

    private static byte[] bytes(XWPFDocument doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.write(out);
        return out.toByteArray();
    }
}
