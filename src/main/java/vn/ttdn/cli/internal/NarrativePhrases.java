package vn.ttdn.cli.internal;

import java.util.Random;

/** What officers write in progress updates, by how far the work has gone. {N}, {K} are counts, {P} the percent. */
final class NarrativePhrases {

    private static final String[] STARTING = {
            "Đã ban hành văn bản triển khai nhiệm vụ; phân công cán bộ theo dõi, thực hiện.",
            "Đang xây dựng kế hoạch chi tiết, dự toán kinh phí trình cấp có thẩm quyền phê duyệt.",
            "Đã làm việc với các cơ quan phối hợp, thống nhất nội dung và phương thức thực hiện.",
            "Đã rà soát tài liệu, số liệu phục vụ nhiệm vụ; đang xây dựng đề cương chi tiết.",
            "Đã giao phòng chuyên môn chủ trì tham mưu; dự kiến triển khai trong tháng tới."};
    private static final String[] WORKING = {
            "Đã đăng tải {N} tin, bài, ảnh trên Cổng Thông tin điện tử và các trang mạng xã hội của đơn vị.",
            "Đã tổ chức {K} hội nghị, buổi làm việc; đang tổng hợp ý kiến góp ý.",
            "Hoàn thành bản thảo nội dung, đang biên dịch sang tiếng Anh.",
            "Đã cung cấp thông tin cho {K} cơ quan báo chí; trả lời phỏng vấn về các vấn đề dư luận quan tâm.",
            "Tiếp tục triển khai theo kế hoạch; lũy kế đạt khoảng {P}% khối lượng công việc.",
            "Chậm tiến độ do chưa được bố trí kinh phí; đơn vị đã có văn bản đề xuất Sở Tài chính.",
            "Đã phát hiện, xử lý {K} thông tin sai sự thật; phối hợp Công an gỡ bỏ {K} bài viết vi phạm.",
            "Đã đón tiếp {K} đoàn phóng viên, cung cấp tư liệu, hình ảnh phục vụ tác nghiệp.",
            "Đang in ấn, phát hành {N}0 cuốn ấn phẩm; phân bổ cho các cơ quan, đơn vị và cơ sở lưu trú du lịch.",
            "Đã tổ chức {K} lớp tập huấn với {N} học viên tham dự; đánh giá kết quả đạt yêu cầu."};
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

    static String working(Random random, int percent) {
        return fill(PeopleNames.pick(WORKING, random), random, percent);
    }

    static String done(Random random) {
        return PeopleNames.pick(DONE, random);
    }

    static String cancelled(Random random) {
        return PeopleNames.pick(CANCELLED, random);
    }

    private static String fill(String text, Random random, int percent) {
        return text.replace("{N}", String.valueOf(5 + random.nextInt(60)))
                .replace("{K}", String.valueOf(1 + random.nextInt(6)))
                .replace("{P}", String.valueOf(percent));
    }
}
