package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The furniture of a news web page copied around a document: site names, menus, view counters, share and
 * comment buttons, and the list of other articles that follows "Tin mới" / "Các tin khác".
 */
final class WebNoise {

    /** Standalone lines after which only other articles follow. */
    private static final Set<String> TAIL_MARKERS = Set.of(
            "tin mới", "các tin khác", "tin khác", "tin liên quan", "tin cùng chuyên mục", "bài viết liên quan",
            "ý kiến bạn đọc", "bình luận", "các tin đã đưa", "tin đã đưa", "xem thêm");

    private static final Set<String> NOISE_LINES = Set.of(
            "tin tức - sự kiện", "tin tức", "trang chủ", "cttđt", "chia sẻ", "in bài", "in bài viết", "gửi email",
            "gửi bài viết", "facebook", "zalo", "twitter", "email", "print", "quay lại", "về đầu trang",
            "lên đầu trang", "cỡ chữ", "font size", "a a a", "tweet", "like", "thích", "share", "đánh giá bài viết",
            "chia sẻ bài viết", "tin nổi bật", "tin đọc nhiều", "lượt xem", "thư viện ảnh", "video");

    private static final List<String> NOISE_PREFIXES = List.of(
            "lượt xem", "lượt đọc", "số lượt xem", "viết bởi", "đăng bởi", "ngày đăng:", "cập nhật lúc",
            "cập nhật:", "từ khóa:", "từ khoá:", "tags:", "trang chủ >", "trang chủ /", "trang chủ »",
            "bản quyền thuộc", "© ");

    private WebNoise() {
    }

    static List<String> strip(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).strip().toLowerCase(Locale.ROOT);
            if (TAIL_MARKERS.contains(t) && i > lines.size() / 3) {
                break;
            }
            out.add(isNoise(t) ? "" : lines.get(i));
        }
        return out;
    }

    static boolean isNoise(String lower) {
        if (lower.isEmpty()) {
            return false;
        }
        if (NOISE_LINES.contains(lower)) {
            return true;
        }
        for (String p : NOISE_PREFIXES) {
            if (lower.startsWith(p) && lower.length() < 120) {
                return true;
            }
        }
        return false;
    }
}
