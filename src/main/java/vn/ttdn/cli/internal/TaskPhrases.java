package vn.ttdn.cli.internal;

import java.util.List;
import java.util.Random;

/**
 * Task contents as TTĐN plans word them. Each template names its section (0–5, see {@link PlanPhrases#SECTIONS})
 * and who usually leads it: C coordinator, P press, A armed forces, D any department, M mass organisation,
 * G "Các sở, ban, ngành", U "UBND các xã, phường", or "=Name prefix" for one agency; "+" joins two leads.
 * {X} is the province ("tỉnh Khánh Hòa"), {Y} the year.
 */
final class TaskPhrases {

    record Template(int section, String lead, String text, boolean coastal, boolean border) {
    }

    static final List<Template> TEMPLATES = List.of(
            t(0, "C", "Thông tin kịp thời, chính xác về tình hình phát triển kinh tế - xã hội, quốc phòng - an ninh"
                    + " của {X} trên các phương tiện thông tin đại chúng"),
            t(0, "P", "Xây dựng chuyên mục thông tin đối ngoại trên Cổng Thông tin điện tử {X} bằng tiếng Việt và"
                    + " tiếng Anh"),
            t(0, "C", "Cập nhật, cung cấp thông tin về {X} cho Cơ sở dữ liệu quốc gia về thông tin đối ngoại"),
            t(0, "G", "Thông tin về chủ trương, chính sách của Đảng, pháp luật của Nhà nước trong lĩnh vực đối ngoại"
                    + " đến cán bộ, đảng viên và nhân dân"),
            t(0, "=Ban Tuyên giáo", "Tuyên truyền kết quả thực hiện Nghị quyết Đại hội Đảng bộ {X} về phát triển"
                    + " kinh tế - xã hội"),
            t(0, "=Sở Ngoại vụ", "Thông tin về kết quả hội nhập quốc tế, hợp tác với các địa phương nước ngoài"
                    + " của {X}"),
            t(0, "=Sở Dân tộc", "Tuyên truyền thành tựu bảo đảm quyền con người, giảm nghèo bền vững, chăm lo đời"
                    + " sống đồng bào dân tộc thiểu số"),
            t(0, "U", "Thông tin về đất nước, con người Việt Nam và {X} đến người dân trên địa bàn"),
            t(1, "C", "Biên soạn, phát hành ấn phẩm thông tin đối ngoại song ngữ Việt - Anh giới thiệu về {X}"),
            t(1, "P", "Sản xuất video clip quảng bá hình ảnh, tiềm năng du lịch {X} đăng tải trên các nền tảng số"),
            t(1, "C+=Sở Ngoại vụ", "Tổ chức chương trình quảng bá văn hóa, du lịch {X} tại nước ngoài"),
            t(1, "=Trung tâm Xúc tiến", "Tham gia hội chợ, triển lãm, xúc tiến đầu tư, thương mại, du lịch trong"
                    + " và ngoài nước"),
            t(1, "C", "Tổ chức Cuộc thi ảnh đẹp về {X} năm {Y}"),
            t(1, "C", "Xây dựng, cập nhật bộ nhận diện hình ảnh {X} trên các nền tảng mạng xã hội"),
            t(1, "=Sở Công Thương", "Quảng bá sản phẩm OCOP, đặc sản địa phương tới thị trường quốc tế"),
            t(1, "=Liên hiệp các tổ chức hữu nghị", "Tổ chức các hoạt động giao lưu văn hóa, hữu nghị với các tổ"
                    + " chức, địa phương nước ngoài"),
            t(1, "C", "Giới thiệu di sản văn hóa, danh lam thắng cảnh của {X} tới du khách quốc tế"),
            t(1, "U", "Quảng bá điểm đến, lễ hội truyền thống của địa phương tới du khách trong và ngoài nước"),
            t(2, "C", "Tổ chức họp báo định kỳ cung cấp thông tin cho báo chí về tình hình kinh tế - xã hội"
                    + " của {X}"),
            t(2, "=Sở Ngoại vụ", "Đón tiếp, hỗ trợ phóng viên nước ngoài đến tìm hiểu, viết bài về {X}"),
            t(2, "C", "Mời phóng viên các cơ quan báo chí Trung ương, thường trú tại địa phương viết bài về các sự"
                    + " kiện lớn của {X}"),
            t(2, "=Sở Ngoại vụ", "Cung cấp thông tin cho các cơ quan đại diện Việt Nam ở nước ngoài, các cơ quan"
                    + " báo chí đối ngoại"),
            t(2, "P", "Phối hợp với Đài Tiếng nói Việt Nam, Truyền hình Việt Nam, Thông tấn xã Việt Nam thực hiện"
                    + " chuyên đề về {X}"),
            t(2, "G", "Duy trì hoạt động phát ngôn và cung cấp thông tin cho báo chí theo quy định"),
            t(3, "C", "Theo dõi, nắm bắt dư luận báo chí trong nước và quốc tế về {X}"),
            t(3, "A+C", "Đấu tranh, phản bác các thông tin sai sự thật, xuyên tạc về {X} trên không gian mạng"),
            t(3, "C", "Tổng hợp điểm tin báo chí hàng tuần phục vụ lãnh đạo {X}"),
            t(3, "=Sở Dân tộc", "Xử lý thông tin sai lệch liên quan đến các vấn đề dân tộc, tôn giáo, nhân quyền"),
            t(3, "U", "Tuyên truyền, nâng cao nhận thức của người dân về nhận diện tin giả trên mạng xã hội"),
            t(3, "A", "Nắm tình hình, phát hiện sớm các tổ chức, cá nhân lợi dụng không gian mạng để xuyên tạc,"
                    + " chống phá"),
            t(4, "C", "Tổ chức lớp tập huấn, bồi dưỡng nghiệp vụ thông tin đối ngoại cho cán bộ, công chức các sở,"
                    + " ngành, địa phương"),
            t(4, "=Sở Nội vụ", "Rà soát, kiện toàn đội ngũ cán bộ làm công tác thông tin đối ngoại tại các cơ quan,"
                    + " đơn vị"),
            t(4, "G", "Xây dựng kế hoạch thông tin đối ngoại của cơ quan, đơn vị năm {Y}"),
            t(4, "G", "Báo cáo kết quả thực hiện công tác thông tin đối ngoại 6 tháng đầu năm và cả năm {Y}"),
            t(4, "C", "Sơ kết, đánh giá kết quả thực hiện Kết luận số 57-KL/TW của Bộ Chính trị"),
            t(4, "=Sở Tài chính", "Bố trí kinh phí thực hiện nhiệm vụ thông tin đối ngoại năm {Y}"),
            t(4, "=Sở Nội vụ", "Khen thưởng tập thể, cá nhân có thành tích xuất sắc trong công tác thông tin"
                    + " đối ngoại"),
            t(4, "M", "Tuyên truyền, phổ biến kiến thức về thông tin đối ngoại trong đoàn viên, hội viên"),
            coastal("=Bộ Chỉ huy Bộ đội Biên phòng", "Tuyên truyền về chủ quyền biển, đảo Việt Nam cho ngư dân và"
                    + " cộng đồng ven biển"),
            coastal("=Sở Nông nghiệp", "Tuyên truyền chống khai thác hải sản bất hợp pháp, không báo cáo và không"
                    + " theo quy định (IUU)"),
            coastal("C", "Tổ chức triển lãm bản đồ và trưng bày tư liệu \"Hoàng Sa, Trường Sa của Việt Nam - Những"
                    + " bằng chứng lịch sử và pháp lý\""),
            border("=Bộ Chỉ huy Bộ đội Biên phòng", "Thực hiện thông tin đối ngoại tại các cửa khẩu, khu kinh tế"
                    + " cửa khẩu"),
            border("=Bộ Chỉ huy Quân sự", "Tuyên truyền về công tác quản lý, bảo vệ biên giới quốc gia, xây dựng"
                    + " đường biên giới hòa bình, hữu nghị"),
            border("=Sở Ngoại vụ", "Phối hợp tổ chức giao lưu hữu nghị quốc phòng biên giới với các địa phương"
                    + " nước bạn"));

    private static final String[] QUALIFIERS = {"", "", "", " năm {Y}", " nhân dịp các ngày lễ lớn, sự kiện quan"
            + " trọng", " trên các nền tảng số", " bằng tiếng Anh, tiếng Trung, tiếng Hàn, tiếng Nhật",
            " gắn với chuyển đổi số", " tại vùng đồng bào dân tộc thiểu số", " phục vụ xúc tiến đầu tư"};

    private static final String[] OUTPUTS = {"Báo cáo kết quả thực hiện", "Tin, bài, phóng sự trên báo chí",
            "Ấn phẩm song ngữ (1.000 cuốn)", "Video clip quảng bá", "Lớp tập huấn (100 học viên)",
            "Chuyên mục trên Cổng Thông tin điện tử", "Văn bản chỉ đạo, hướng dẫn", "Hội nghị, họp báo",
            "Bộ tài liệu tuyên truyền", "Điểm tin báo chí hàng tuần"};

    private TaskPhrases() {
    }

    /** A template fitting the province (no sea tasks inland, no border tasks away from borders). */
    static Template pick(Random random, int section, boolean coastal, boolean border) {
        while (true) {
            Template t = TEMPLATES.get(random.nextInt(TEMPLATES.size()));
            boolean fits = (!t.coastal() || coastal) && (!t.border() || border);
            if (fits && (section < 0 || t.section() == section)) {
                return t;
            }
        }
    }

    static String content(Template t, Random random, String province, int year) {
        String qualifier = PeopleNames.pick(QUALIFIERS, random);
        if (t.text().contains("{Y}") && qualifier.contains("{Y}")) {
            qualifier = "";
        }
        return (t.text() + qualifier).replace("{X}", province).replace("{Y}", String.valueOf(year));
    }

    static String output(Random random) {
        return random.nextInt(3) == 0 ? null : PeopleNames.pick(OUTPUTS, random);
    }

    private static Template t(int section, String lead, String text) {
        return new Template(section, lead, text, false, false);
    }

    private static Template coastal(String lead, String text) {
        return new Template(5, lead, text, true, false);
    }

    private static Template border(String lead, String text) {
        return new Template(5, lead, text, false, true);
    }
}
