package vn.ttdn.intake.extraction;

import java.util.List;

/**
 * The agencies a sentence is about, when it opens with them: "Sở Tài chính tham mưu …",
 * "Sở Văn hóa, Thể thao và Du lịch: Tăng cường …", "Chủ trì, phối hợp với Sở X và các cơ quan liên quan trình …".
 * The subject ends at the colon or at the first verb of the predicate.
 */
final class AgencySubject {

    record Found(List<String> agencies, String rest) {
    }

    /** Verbs (lower case, as they follow a subject) that end an agency list. */
    private static final List<String> VERBS = List.of(
            " là ", " chủ trì", " tham mưu", " tăng cường", " căn cứ", " có trách nhiệm", " phối hợp", " triển khai",
            " thực hiện", " xây dựng", " hướng dẫn", " tổ chức", " theo dõi", " chủ động", " đẩy mạnh", " rà soát",
            " báo cáo", " bố trí", " nghiên cứu", " cung cấp", " phân công", " quán triệt", " kiểm tra", " đôn đốc",
            " tiếp tục", " nâng cao", " thẩm định", " trình ", " đề xuất", " hỗ trợ", " định kỳ", " tập trung",
            " ban hành", " đảm bảo", " bảo đảm", " lồng ghép", " sản xuất", " thường xuyên", " kịp thời",
            " cập nhật", " duy trì", " quản lý", " chịu trách nhiệm", " nghiêm túc", " tích cực", " làm ", " trên cơ sở",
            " theo chức năng", " đăng ", " phát huy", " chỉ đạo", " ưu tiên", " vận động", " khẩn trương", " sớm ",
            " trong ", " để ", " nhằm ");

    private static final int MAX_COLON = 160;
    private static final int MAX_SUBJECT_WORDS = 40;

    private AgencySubject() {
    }

    /** "Sở X: duties" → ([Sở X], "duties"); null when the text before the colon is not an agency list. */
    static Found beforeColon(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > MAX_COLON || !AgencyNames.startsWithAgency(text)) {
            return null;
        }
        String head = text.substring(0, colon);
        if (firstVerb(head) >= 0) {
            return null;
        }
        return new Found(AgencyListSplitter.split(head), text.substring(colon + 1).strip());
    }

    /** "Sở Tài chính tham mưu …" → [Sở Tài chính]; empty when the sentence does not open with agencies. */
    static List<String> leading(String text) {
        if (!AgencyNames.startsWithAgency(text)) {
            return List.of();
        }
        int end = firstVerb(text);
        if (end <= 0) {
            return List.of();
        }
        String subject = text.substring(0, end);
        if (subject.split(" +").length > MAX_SUBJECT_WORDS) {
            return List.of();
        }
        return AgencyListSplitter.split(subject);
    }

    /**
     * Every partner a duty names after "phối hợp với": "Chủ trì, phối hợp với Sở X và các cơ quan liên quan
     * trình …" → [Sở X, các cơ quan liên quan]. Each name once, in order.
     */
    static List<String> coordinatingOfLead(String content) {
        String lower = content.toLowerCase(java.util.Locale.ROOT);
        java.util.LinkedHashSet<String> found = new java.util.LinkedHashSet<>();
        int at = lower.indexOf("phối hợp với ");
        while (at >= 0) {
            found.addAll(leading(content.substring(at + "phối hợp với ".length())));
            at = lower.indexOf("phối hợp với ", at + 1);
        }
        return List.copyOf(found);
    }

    /** A printed lead or coordinating value read into names; a sentence is searched for its agencies. */
    static List<String> agencyList(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        if (AgencyNames.startsWithAgency(value) && firstVerb(value) < 0) {
            return AgencyListSplitter.split(value);
        }
        List<String> lead = leading(value);
        if (!lead.isEmpty()) {
            return lead;
        }
        // "Trên cơ sở chức năng, nhiệm vụ, các cơ quan, đơn vị, địa phương chủ động triển khai …"
        for (int p = value.indexOf(", "); p >= 0; p = value.indexOf(", ", p + 1)) {
            List<String> inner = leading(value.substring(p + 2));
            if (!inner.isEmpty()) {
                return inner;
            }
        }
        return AgencyListSplitter.split(value);
    }

    static int firstVerb(String text) {
        int best = -1;
        for (String v : VERBS) {
            int i = text.indexOf(v);
            while (i >= 0 && afterPlural(text, i)) {
                i = text.indexOf(v, i + 1);
            }
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best;
    }

    /** "các tổ chức" is a group, not the verb "tổ chức". */
    private static boolean afterPlural(String text, int i) {
        return text.startsWith("các", Math.max(0, i - 3)) || text.startsWith("những", Math.max(0, i - 5));
    }
}
