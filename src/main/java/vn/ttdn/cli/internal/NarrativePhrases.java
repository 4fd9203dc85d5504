package vn.ttdn.cli.internal;

import java.util.Random;

/**
 * What officers write in progress updates, by how far the work has gone and what the task is about (the task's
 * section, 0–5 as in {@link PlanPhrases#SECTIONS}). {N}, {K}, {J} are counts, {P} the percent.
 */
final class NarrativePhrases {

    private static final String[] STARTING = {
            "Đã ban hành văn bản triển khai nhiệm vụ; phân công cán bộ theo dõi, thực hiện.",
            "Đang xây dựng kế hoạch chi tiết, dự toán kinh phí trình cấp có thẩm quyền phê duyệt.",
            "Đã làm việc với các cơ quan phối hợp, thống nhất nội dung và phương thức thực hiện.",
            "Đã rà soát tài liệu, số liệu phục vụ nhiệm vụ; đang xây dựng đề cương chi tiết.",
            "Đã giao phòng chuyên môn chủ trì tham mưu; dự kiến triển khai trong tháng tới."};
    private static final String[] GENERAL = {
            "Tiếp tục triển khai theo kế hoạch; lũy kế đạt khoảng {P}% khối lượng công việc.",
            "Chậm tiến độ do chưa được bố trí kinh phí; đơn vị đã có văn bản đề xuất Sở Tài chính.",
            "Đã tổ chức {K} cuộc họp với các cơ quan phối hợp để đôn đốc tiến độ."};
    private static final String[][] BY_SECTION = {
            {"Đã đăng tải {N} tin, bài, ảnh trên Cổng Thông tin điện tử và các trang mạng xã hội của đơn vị.",
                    "Đã phối hợp các cơ quan báo chí đăng {N} tin, bài về tình hình kinh tế - xã hội.",
                    "Đã cập nhật {K} chuyên mục tiếng Anh trên Cổng Thông tin điện tử."},
            {"Hoàn thành bản thảo nội dung, đang biên dịch sang tiếng Anh.",
                    "Đang in ấn, phát hành {N}0 cuốn ấn phẩm; phân bổ cho các cơ quan, đơn vị và cơ sở lưu trú.",
                    "Đã sản xuất {K} video clip; đạt khoảng {N} nghìn lượt xem trên các nền tảng số.",
                    "Đã tham gia {K} hội chợ, sự kiện xúc tiến; giới thiệu {J} sản phẩm đặc trưng của địa phương."},
            {"Đã cung cấp thông tin cho {K} cơ quan báo chí; trả lời phỏng vấn về các vấn đề dư luận quan tâm.",
                    "Đã đón tiếp {K} đoàn phóng viên, cung cấp tư liệu, hình ảnh phục vụ tác nghiệp.",
                    "Đã tổ chức {K} cuộc họp báo, thông tin về các sự kiện nổi bật của địa phương."},
            {"Đã phát hiện, xử lý {K} thông tin sai sự thật; phối hợp Công an gỡ bỏ {J} bài viết vi phạm.",
                    "Đã tổng hợp {N} tin, bài có nội dung liên quan đến địa phương; không phát sinh vụ việc phức tạp.",
                    "Đã đăng {K} bài viết phản bác luận điệu xuyên tạc trên các trang mạng xã hội chính thống."},
            {"Đã tổ chức {K} lớp tập huấn với {N} học viên tham dự; đánh giá kết quả đạt yêu cầu.",
                    "Đã rà soát, kiện toàn {N} cán bộ làm công tác thông tin đối ngoại.",
                    "Đã tổng hợp báo cáo của {N} cơ quan, đơn vị; đang hoàn thiện dự thảo."},
            {"Đã tổ chức {K} buổi tuyên truyền cho {N}0 ngư dân, người dân khu vực ven biển, biên giới.",
                    "Đã phát {N}0 tờ gấp, tài liệu tuyên truyền tại các cửa khẩu, cảng cá.",
                    "Đã phối hợp tổ chức {K} hoạt động giao lưu với lực lượng chức năng nước bạn."}};
    private static final String[] DONE = {
            "Hoàn thành nhiệm vụ; đã gửi báo cáo kết quả về Sở Văn hóa, Thể thao và Du lịch để tổng hợp.",
            "Đã hoàn thành; sản phẩm được đăng tải trên Cổng Thông tin điện tử và lưu hồ sơ theo quy định.",
            "Hoàn thành đúng tiến độ; đề xuất tiếp tục duy trì trong kế hoạch năm sau.",
            "Đã hoàn thành toàn bộ nội dung; kèm theo báo cáo và hình ảnh minh chứng."};
    private static final String[] CANCELLED = {
            "Dừng thực hiện theo chỉ đạo của Ủy ban nhân dân do điều chỉnh nhiệm vụ, kinh phí.",
            "Nhiệm vụ được lồng ghép vào kế hoạch khác; đề nghị không tiếp tục theo dõi."};

    private NarrativePhrases() {
    }

    static String starting(Random random) {
        return PeopleNames.pick(STARTING, random);
    }

    /** Mostly about the task's own subject, sometimes the general remarks every report has. */
    static String working(Random random, int section, int percent) {
        String[] pool = random.nextInt(4) == 0 ? GENERAL : BY_SECTION[section];
        return PeopleNames.pick(pool, random).replace("{N}", String.valueOf(5 + random.nextInt(60)))
                .replace("{K}", String.valueOf(1 + random.nextInt(6)))
                .replace("{J}", String.valueOf(1 + random.nextInt(12)))
                .replace("{P}", String.valueOf(percent));
    }

    static String done(Random random) {
        return PeopleNames.pick(DONE, random);
    }

    static String cancelled(Random random) {
        return PeopleNames.pick(CANCELLED, random);
    }
}
