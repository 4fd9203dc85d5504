package vn.ttdn.cli.internal;

import java.time.LocalDate;
import java.util.List;
import vn.ttdn.planning.PlanKind;

/** Plan titles, section headings and legal bases as provincial TTĐN documents print them. */
final class PlanPhrases {

    /** What users see after every generated plan's title, so sample data is never taken for real documents. */
    static final String SAMPLE_MARK = " (dữ liệu mẫu)";

    /** Headings of "II. NHIỆM VỤ CỤ THỂ" in an annual plan; the last only for coastal or border provinces. */
    static final List<String> SECTIONS = List.of(
            "Thông tin đối ngoại về tình hình kinh tế - xã hội",
            "Quảng bá hình ảnh, tiềm năng, thế mạnh của địa phương",
            "Cung cấp thông tin cho báo chí, phóng viên nước ngoài",
            "Đấu tranh, phản bác thông tin sai sự thật",
            "Nâng cao năng lực, hiệu quả công tác thông tin đối ngoại",
            "Thông tin đối ngoại về biển, đảo và biên giới");

    /** A topical plan: its kind, title (with {X} and {Y}), the sections its tasks come from, any trait needed. */
    record Topic(PlanKind kind, String title, List<Integer> sections, boolean coastal, boolean border,
                 boolean agencyOwned) {
    }

    static final List<Topic> TOPICS = List.of(
            topic(PlanKind.PLAN, "Triển khai Kết luận số 57-KL/TW của Bộ Chính trị về tiếp tục nâng cao chất lượng,"
                    + " hiệu quả công tác thông tin đối ngoại trong tình hình mới năm {Y}", 0, 1, 2, 3, 4),
            topic(PlanKind.PLAN, "Tuyên truyền, quảng bá hình ảnh {X} ra nước ngoài năm {Y}", 1, 2),
            topic(PlanKind.PLAN, "Tổ chức các hoạt động thông tin, tuyên truyền các ngày lễ lớn, sự kiện quan trọng"
                    + " năm {Y}", 0, 1),
            topic(PlanKind.PLAN, "Phòng, chống thông tin sai sự thật, xấu, độc trên không gian mạng năm {Y}", 3),
            topic(PlanKind.PLAN, "Tập huấn, bồi dưỡng nghiệp vụ thông tin đối ngoại năm {Y}", 4),
            topic(PlanKind.PLAN, "Phát ngôn và cung cấp thông tin cho báo chí năm {Y}", 2, 3),
            topic(PlanKind.PLAN, "Thông tin đối ngoại gắn với xúc tiến đầu tư, thương mại, du lịch năm {Y}", 1, 0),
            topic(PlanKind.PLAN, "Thông tin đối ngoại về công tác dân tộc, tôn giáo và nhân quyền năm {Y}", 0, 3),
            topic(PlanKind.PROGRAMME, "Quảng bá văn hóa, du lịch {X} ra nước ngoài năm {Y}", 1, 2),
            topic(PlanKind.PROJECT, "Nâng cao năng lực thông tin đối ngoại của {X} đến năm 2030 (triển khai năm {Y})",
                    4, 0),
            topic(PlanKind.DIRECTIVE, "Tăng cường công tác thông tin đối ngoại trong tình hình mới", 0, 2, 3),
            topic(PlanKind.OFFICIAL_LETTER, "Triển khai nhiệm vụ thông tin đối ngoại 6 tháng cuối năm {Y}", 0, 4),
            new Topic(PlanKind.PLAN, "Thông tin đối ngoại về chủ quyền biển, đảo Việt Nam năm {Y}", List.of(5, 3),
                    true, false, false),
            new Topic(PlanKind.PLAN, "Tuyên truyền chống khai thác hải sản bất hợp pháp, không báo cáo và không"
                    + " theo quy định (IUU) năm {Y}", List.of(5, 0), true, false, false),
            new Topic(PlanKind.PLAN, "Thông tin đối ngoại về biên giới, xây dựng đường biên giới hòa bình, hữu nghị"
                    + " năm {Y}", List.of(5, 2), false, true, false),
            new Topic(PlanKind.PLAN, "Thông tin đối ngoại của Sở Văn hóa, Thể thao và Du lịch năm {Y}",
                    List.of(0, 1, 2, 4), false, false, true));

    /** A legal basis: number, date, issuer, subject. */
    record Citation(String kind, String number, LocalDate issuedOn, String issuer, String subject) {

        String printed() {
            return kind + " số " + number;
        }
    }

    static final List<Citation> CITATIONS = List.of(
            new Citation("Nghị định", "72/2015/NĐ-CP", LocalDate.of(2015, 9, 7), "Chính phủ",
                    "về quản lý hoạt động thông tin đối ngoại"),
            new Citation("Thông tư", "22/2016/TT-BTTTT", LocalDate.of(2016, 10, 19), "Bộ Thông tin và Truyền thông",
                    "hướng dẫn thực hiện quản lý nhà nước về thông tin đối ngoại của các địa phương"),
            new Citation("Kết luận", "57-KL/TW", LocalDate.of(2023, 6, 15), "Bộ Chính trị",
                    "về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới"));

    private PlanPhrases() {
    }

    static String title(String template, String province, int year) {
        return template.replace("{X}", province).replace("{Y}", String.valueOf(year)) + SAMPLE_MARK;
    }

    static String annualTitle(String province, int year) {
        return "Thông tin đối ngoại " + province + " năm " + year + SAMPLE_MARK;
    }

    /** "I", "II" … for section references. */
    static String roman(int n) {
        return new String[]{"I", "II", "III", "IV", "V", "VI", "VII"}[n - 1];
    }

    private static Topic topic(PlanKind kind, String title, Integer... sections) {
        return new Topic(kind, title, List.of(sections), false, false, false);
    }
}
