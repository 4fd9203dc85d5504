package vn.ttdn.intake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * What a person reading each seed document writes down: header, legal basis, citations and every task with its
 * lead, coordinating agencies and timeframe kind. Written from the documents, not from the extractor's output.
 */
final class SeedExpectations {

    record Task(String ref, String contentStart, List<String> lead, List<String> coordinating, String timeframe) {
    }

    record Seed(String file, String documentType, String number, LocalDate issuedOn, String place, String issuer,
                String titleStart, Integer year, List<String> legalBasis, List<String> citations, List<Task> tasks) {
    }

    static final String TTTT = "Sở Thông tin và Truyền thông";
    static final String UB_HUYEN = "Ủy ban nhân dân huyện, thành phố";
    static final String UBND_HTT = "UBND các huyện, thị xã, thành phố";

    static Task t(String ref, String start, String lead, String coord, String tf) {
        return new Task(ref, start, split(lead), split(coord), tf);
    }

    private static List<String> split(String s) {
        return s.isEmpty() ? List.of() : List.of(s.split("\\|"));
    }

    static final Seed S001 = new Seed("001_1feb9bf8732c19e8.txt", "Kế hoạch", null, null, null, "Ủy ban nhân dân tỉnh",
            "Công tác thông tin đối ngoại tỉnh Quảng Bình năm 2024", 2024,
            List.of("72/2015/NĐ-CP", "22/2016/TT-BTTTT", "30/2022/QĐ-UBND", "3089/BTTTT-TTĐN"),
            List.of("72/2015/NĐ-CP", "22/2016/TT-BTTTT", "30/2022/QĐ-UBND", "3089/BTTTT-TTĐN", "1191/QĐ-TTg",
                    "36-NQ/TW", "2417/BTTTT-TTĐN", "57-KL/TW", "1079/QĐ-TTg", "06/2022/TT-BTTTT", "03/2023/TT-BTTTT"),
            List.of(
                    t(null, "Tiếp tục thực hiện Quyết định số 1191", "", "", "UNSPECIFIED"),
                    t(null, "Tập trung tuyên truyền những thành tựu", "", "", "UNSPECIFIED"),
                    t(null, "Quảng bá hình ảnh địa phương trên Cổng", "", "", "UNSPECIFIED"),
                    t(null, "Tổ chức thông tin, truyền thông và thông tin đối ngoại tại", "", "", "UNSPECIFIED"),
                    t(null, "Tổ chức theo dõi và tổng hợp dư luận", "", "", "UNSPECIFIED"),
                    t(null, "Tăng cường thông tin phản bác", "", "", "UNSPECIFIED"),
                    t(null, "Hợp tác với các cơ quan thông tấn", "", "", "UNSPECIFIED"),
                    t(null, "Phối hợp với Bộ Thông tin và Truyền thông triển khai", "", "Bộ Thông tin và Truyền thông",
                            "UNSPECIFIED"),
                    t(null, "Xây dựng Kế hoạch triển khai thực hiện Quyết định số 1079", "", "", "UNSPECIFIED"),
                    t(null, "Chủ động cung cấp thông tin cho báo chí về công tác quyền", "", "", "UNSPECIFIED"),
                    t(null, "Về Chương trình mục tiêu quốc gia giảm nghèo", "", "", "UNSPECIFIED"),
                    t(null, "Về Chương trình mục tiêu quốc gia phát triển", "", "", "UNSPECIFIED"),
                    t(null, "Tổ chức các hội nghị, hội thảo", "", "", "UNSPECIFIED"),
                    t(null, "Tổ chức tập huấn nâng cao năng lực", "", "", "UNSPECIFIED"),
                    t(null, "Sản xuất sổ tay", "", "", "UNSPECIFIED"),
                    t(null, "Tổ chức các cuộc thi về công tác", "", "", "UNSPECIFIED"),
                    t(null, "Chủ trì phối hợp với các sở", TTTT, "các sở, ban, ngành|" + UBND_HTT, "UNSPECIFIED"),
                    t(null, "Hướng dẫn các cơ quan", TTTT, "", "UNSPECIFIED"),
                    t(null, "Phối hợp Thường trực Ban Chỉ đạo", TTTT, "", "UNSPECIFIED"),
                    t(null, "Theo dõi, đôn đốc", TTTT, "", "UNSPECIFIED"),
                    t(null, "Chủ trì, phối hợp với Sở Thông tin", "Sở Ngoại vụ",
                            TTTT + "|các cơ quan, đơn vị liên quan", "UNSPECIFIED"),
                    t(null, "Tăng cường theo dõi và quản lý", "Sở Ngoại vụ", "", "UNSPECIFIED"),
                    t(null, "Phối hợp với Sở Thông tin", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", TTTT, "UNSPECIFIED"),
                    t(null, "Triển khai công tác thông tin", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", "", "UNSPECIFIED"),
                    t(null, "Chủ động phối hợp với Sở Thông tin", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
                            TTTT + "|chính quyền các xã biên giới", "UNSPECIFIED"),
                    t(null, "Chủ trì, phối hợp với Sở Thông tin", "Sở Kế hoạch và Đầu tư|Sở Tài chính",
                            TTTT + "|các cơ quan, đơn vị liên quan", "UNSPECIFIED"),
                    t(null, "Xây dựng kế hoạch truyền thông đối ngoại", "Các cơ quan báo chí tỉnh", "", "UNSPECIFIED"),
                    t(null, "Tích cực hưởng ứng", "Các cơ quan báo chí tỉnh", "", "UNSPECIFIED"),
                    t(null, "Triển khai thực hiện nghiêm túc", "Các sở, ban, ngành, đơn vị cấp tỉnh|" + UBND_HTT, "",
                            "UNSPECIFIED"),
                    t(null, "Căn cứ chức năng, nhiệm vụ", "Các sở, ban, ngành, đơn vị cấp tỉnh|" + UBND_HTT, "",
                            "UNSPECIFIED"),
                    t(null, "Chủ động cung cấp thông tin cho báo chí phục vụ",
                            "Các sở, ban, ngành, đơn vị cấp tỉnh|" + UBND_HTT, "", "UNSPECIFIED"),
                    t(null, "Kiện toàn, phân công", "Các sở, ban, ngành, đơn vị cấp tỉnh|" + UBND_HTT, "", "UNSPECIFIED"),
                    t(null, "Phối hợp, tạo điều kiện", "Các sở, ban, ngành, đơn vị cấp tỉnh|" + UBND_HTT, "",
                            "UNSPECIFIED"),
                    // "… trước ngày 30/11/2024": a reader takes the date as this duty's deadline
                    t(null, "Báo cáo tình hình thực hiện", "Các sở, ban, ngành, đơn vị cấp tỉnh|" + UBND_HTT, "",
                            "DUE_BY")));

    private static final String UB_CAC = "Các sở, ban, ngành|" + UB_HUYEN;
    private static final String PRESS = "Báo Tuyên Quang|Đài Phát thanh và Truyền hình tỉnh|Tạp chí Văn nghệ Tuyên Quang"
            + "|Cổng Thông tin điện tử tỉnh";

    static final Seed S002 = new Seed("002_c0e1b863b6fa9e35.txt", "Kế hoạch", null, null, null, "Ủy ban nhân dân tỉnh",
            "CÔNG TÁC THÔNG TIN ĐỐI NGOẠI NĂM 2025", 2025,
            List.of("57-KL/TW", "72/2015/NĐ-CP", "22/2016/TT-BTTTT", "3837/BTTTT-TTĐN", "391-KH/TU", "254/KH-UBND"),
            List.of("57-KL/TW", "72/2015/NĐ-CP", "22/2016/TT-BTTTT", "3837/BTTTT-TTĐN", "391-KH/TU", "254/KH-UBND",
                    "47/NQ-CP", "1079/QĐ-TTg", "1531/BTTTT-TTĐN", "36-NQ/TW", "992/CTPH-BTTTT-UBDT"),
            List.of(
                    t("1", "Ban hành văn bản chỉ đạo", TTTT, "Các sở, ban, ngành|Ủy ban nhân dân các huyện, thành phố",
                            "CONTINUOUS"),
                    t("2.1", "Quán triệt, phổ biến", "các cơ quan, đơn vị, địa phương", "", "CONTINUOUS"),
                    t(null, "Các sở, ban, ngành, các tổ chức chính trị",
                            "Các sở, ban, ngành|các tổ chức chính trị - xã hội|" + UB_HUYEN, "", "UNSPECIFIED"),
                    t("2.3.1", "Tham mưu Ủy ban nhân dân tỉnh tổ chức họp báo", "Văn phòng Ủy ban nhân dân tỉnh",
                            "Ban Tuyên giáo Tỉnh ủy|" + TTTT + "|Ban Chỉ đạo Nhân quyền tỉnh|các cơ quan có liên quan",
                            "CONTINUOUS"),
                    t("2.3.2", "Quản lý và hướng dẫn phóng viên", "Sở Ngoại vụ",
                            "Ban Chỉ đạo Nhân quyền tỉnh|Công an tỉnh|" + TTTT + "|các cơ quan có liên quan", "CONTINUOUS"),
                    t("2.3.3", "Tăng cường công tác phát hiện", TTTT,
                            "Văn phòng Ủy ban nhân dân tỉnh|các sở, ban, ngành|" + UB_HUYEN, "CONTINUOUS"),
                    t("2.4", "Triển khai các nhiệm vụ tại Kế hoạch số 254",
                            "Các sở, ban, ngành|" + UB_HUYEN + "|các cơ quan báo chí|đơn vị lực lượng vũ trang", "",
                            "CONTINUOUS"),
                    t("3", "Triển khai Quyết định số 1079", TTTT, "Ban Tuyên giáo Tỉnh ủy|Công an tỉnh|"
                            + "các sở, ban, ngành, đoàn thể tỉnh|" + UB_HUYEN + "|các cơ quan báo chí tỉnh", "CONTINUOUS"),
                    t("4", "Quảng bá hình ảnh địa phương", TTTT, "Các cơ quan báo chí|Văn phòng Ủy ban nhân dân tỉnh|"
                            + "Sở Văn hóa, Thể thao và Du lịch|Sở Kế hoạch và Đầu tư|Sở Công Thương|các sở, ban, ngành|"
                            + UB_HUYEN, "CONTINUOUS"),
                    t("5.1", "Công tác tuyên truyền về biển, đảo", PRESS,
                            "Ban Tuyên giáo Tỉnh ủy|" + TTTT + "|các cơ quan có liên quan", "CONTINUOUS"),
                    t("5.2", "Tuyên truyền về tuyến biên giới", "Bộ Chỉ huy Quân sự tỉnh",
                            "Ban Tuyên giáo Tỉnh ủy|" + TTTT + "|" + PRESS + "|các sở, ban, ngành|" + UB_HUYEN,
                            "CONTINUOUS"),
                    t("5.3", "Triển khai các hoạt động tuyên truyền", PRESS,
                            "Ban Tuyên giáo Tỉnh ủy|" + TTTT + "|các cơ quan có liên quan", "CONTINUOUS"),
                    t("6", "Triển khai Chương trình phối hợp số 992", "Ban Dân tộc tỉnh",
                            TTTT + "|các sở, ban, ngành|" + UB_HUYEN, "YEARLY"),
                    t("7.1", "Xuất bản tài liệu, ấn phẩm hoặc", "Sở Văn hóa, Thể thao và Du lịch", UB_CAC, "WITHIN_YEAR"),
                    t("7.2", "Xuất bản các tài liệu/ấn phẩm song ngữ", "Trung tâm Xúc tiến đầu tư", UB_CAC, "WITHIN_YEAR"),
                    t("7.3", "Xuất bản tài liệu, ấn phẩm xúc tiến", "Sở Công Thương", UB_CAC, "WITHIN_YEAR"),
                    t("7.4", "Tổ chức thông tin đối ngoại thông qua", "Sở Ngoại vụ", UB_CAC, "CONTINUOUS"),
                    t("7.5", "Giới thiệu, quảng bá hình ảnh", "Sở Văn hóa, Thể thao và Du lịch", UB_CAC, "WITHIN_YEAR"),
                    t("1", TTTT + " là cơ quan chủ trì", TTTT,
                            "các sở, ban, ngành, đoàn thể, địa phương và đơn vị liên quan", "UNSPECIFIED"),
                    t("2", "Đài Phát thanh và Truyền hình tỉnh, Báo", "Đài Phát thanh và Truyền hình tỉnh|Báo Tuyên Quang"
                            + "|Tạp chí Văn nghệ Tuyên Quang|Cổng Thông tin điện tử tỉnh", "", "UNSPECIFIED"),
                    t("3", "Sở Tài chính tham mưu", "Sở Tài chính", "", "UNSPECIFIED"),
                    t("4", "Các sở, ban, ngành; Ủy ban nhân dân",
                            "Các sở, ban, ngành|" + UB_HUYEN + "|các cơ quan, đơn vị có liên quan", "", "WITHIN_QUARTER")));

    static final Seed S003 = new Seed("003_96857d8186cc5170.txt", "Kế hoạch", "186/KH-UBND", null, null, "UBND tỉnh",
            "Triển khai thực hiện Kết luận số 57-KL/TW", null, List.of("57-KL/TW", "196-KH/TU"),
            List.of("57-KL/TW", "196-KH/TU"),
            List.of(
                    t(null, "Triển khai các hoạt động thông tin đối ngoại, truyền thông", "Văn phòng UBND tỉnh",
                            "Bộ Ngoại giao|" + TTTT + "|Công an tỉnh|các cơ quan liên quan", "UNSPECIFIED"),
                    t(null, "Chủ trì, phối hợp với các sở, ban, ngành, địa phương", TTTT,
                            "các sở, ban, ngành, địa phương", "UNSPECIFIED"),
                    t(null, "Tăng cường phối hợp với Bộ Văn hóa", "Sở Văn hóa, Thể thao và Du lịch",
                            "Bộ Văn hóa - Thể thao và Du lịch|các cơ quan liên quan", "UNSPECIFIED"),
                    t(null, "Chủ trì, phối hợp với các cơ quan liên quan", "Sở Kế hoạch và Đầu tư",
                            "các cơ quan liên quan", "UNSPECIFIED"),
                    t(null, "Chủ trì, phối hợp với các cơ quan liên quan", "Sở Công Thương", "các cơ quan liên quan",
                            "UNSPECIFIED"),
                    t(null, "Thẩm định dự toán ngân sách", "Sở Tài chính", "các cơ quan liên quan", "UNSPECIFIED"),
                    t(null, "Chủ trì, phối hợp với Sở Thông tin", "Sở Nội vụ", TTTT, "UNSPECIFIED"),
                    t(null, "Chủ trì, hướng dẫn, kiểm tra", "Công an tỉnh", "", "UNSPECIFIED"),
                    t(null, "Đẩy mạnh công tác thông tin tuyên truyền", "Bộ Chỉ huy quân sự tỉnh", "", "UNSPECIFIED"),
                    t(null, "Tham mưu UBND tỉnh tổ chức các hoạt động xúc tiến",
                            "Trung tâm Xúc tiến đầu tư Thương mại và Du lịch", "các đơn vị liên quan", "UNSPECIFIED"),
                    t(null, "Tổ chức quán triệt, phổ biến", "Các Sở, Ban, Ngành|UBND các huyện, thành phố", "",
                            "UNSPECIFIED")));

    private static final String SBN = "Các sở, ban ngành|" + UBND_HTT;
    private static final String SBN2 = "Các sở, ban, ngành|" + UBND_HTT;
    private static final String SBN_PRESS = SBN2 + "|các cơ quan báo chí của tỉnh";
    private static final String CQ = "Các cơ quan, đơn vị liên quan";

    static final Seed S004 = new Seed("004_b5f3c917d812ce75.txt", "Kế hoạch", "13980/KH-UBND",
            LocalDate.of(2023, 12, 29), "Khánh Hòa", "Ủy ban nhân dân tỉnh",
            "Triển khai Chương trình hành động số 66-CTr/TU ngày 09/10/2023 của Tỉnh ủy", 2023,
            List.of("66-CTr/TU", "57-KL/TW", "4315/TTr-STTTT"),
            List.of("66-CTr/TU", "57-KL/TW", "4315/TTr-STTTT", "09-NQ/TW", "2241/QĐ-UBND", "09/2017/NĐ-CP",
                    "2086/QĐ-UBND", "22/2016/TT-BTTTT"),
            List.of(
                    t("1.1", "Tuyên truyền thực hiện Kết luận", SBN, "Các cơ quan báo chí|các cơ quan đơn vị có liên quan",
                            "UNSPECIFIED"),
                    t("1.2", "Tuyên truyền, giáo dục", SBN, "Các cơ quan báo chí|các cơ quan đơn vị có liên quan",
                            "UNSPECIFIED"),
                    t("2.1", "Tăng cường công tác phối hợp thực hiện", SBN,
                            TTTT + "|các cơ quan đơn vị có liên quan", "UNSPECIFIED"),
                    t("2.2", "Theo dõi thông tin phản ánh", SBN,
                            TTTT + "|các cơ quan báo chí|các cơ quan đơn vị có liên quan", "UNSPECIFIED"),
                    t("2.3", "Kịp thời cung cấp thông tin cho báo chí", SBN,
                            TTTT + "|các cơ quan báo chí|các cơ quan đơn vị có liên quan", "UNSPECIFIED"),
                    t("3.1", "Xây dựng Kế hoạch truyền thông", TTTT, CQ, "UNSPECIFIED"),
                    t("3.2", "Đổi mới, nội dung", SBN_PRESS, CQ, "UNSPECIFIED"),
                    t("3.3", "Đẩy mạnh tuyên truyền quảng bá", SBN2, CQ, "UNSPECIFIED"),
                    t("3.4", "Xây dựng các ấn phẩm điện tử", SBN2, "Các cơ quan; đơn vị liên quan", "UNSPECIFIED"),
                    t("3.5", "Tạo điều kiện cho các cơ quan", "Sở Ngoại vụ", CQ, "UNSPECIFIED"),
                    t("4.1", "Kịp thời cung cấp thông tin, làm rõ", SBN_PRESS, CQ, "UNSPECIFIED"),
                    t("4.2", "Tăng cường công tác phối hợp theo dõi", SBN2, CQ, "UNSPECIFIED"),
                    t("5.1", "Tăng cường nguồn lực", SBN2, CQ, "UNSPECIFIED"),
                    t("5.2", "Tổ chức tập huấn", TTTT, CQ, "UNSPECIFIED"),
                    t("6.1", "Xây dựng Kế hoạch hoạt động", TTTT, CQ, "UNSPECIFIED"),
                    t("6.2", "Triển khai hoạt động thông tin đối ngoại theo", SBN_PRESS, CQ, "UNSPECIFIED"),
                    t("1", TTTT + " là cơ quan đầu mối", TTTT, "", "UNSPECIFIED"),
                    t("2", "Các sở, ban, ngành; các cơ quan báo chí",
                            "Các sở, ban, ngành|các cơ quan báo chí của tỉnh|" + UBND_HTT, "", "UNSPECIFIED")));

    static final List<Seed> ALL = List.of(S001, S002, S003, S004);

    private SeedExpectations() {
    }

    /** The seed text: from ../shared/seeds beside the project when present, else from the test classpath copy. */
    static String text(String file) throws IOException {
        Path shared = Path.of("..", "shared", "seeds", file);
        if (Files.exists(shared)) {
            return Files.readString(shared);
        }
        try (InputStream in = SeedExpectations.class.getResourceAsStream("/seeds/" + file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
