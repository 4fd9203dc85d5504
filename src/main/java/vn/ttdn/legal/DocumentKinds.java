package vn.ttdn.legal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of document as Vietnamese prints them ("Nghị định", "Chương trình hành động"), each with a code that
 * names it in the message bundles ({@code legalKind.DECREE}), so that an English page need not show the word.
 * The registry keeps the word as printed; a word not listed here has no code and is shown as printed.
 */
public final class DocumentKinds {

    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("chương trình hành động", "ACTION_PROGRAMME"),
            Map.entry("chương trình phối hợp", "COOPERATION_PROGRAMME"),
            Map.entry("thông tư liên tịch", "JOINT_CIRCULAR"), Map.entry("nghị quyết liên tịch", "JOINT_RESOLUTION"),
            Map.entry("kết luận thanh tra", "INSPECTION_CONCLUSION"), Map.entry("chương trình", "PROGRAMME"),
            Map.entry("nghị định", "DECREE"), Map.entry("nghị quyết", "RESOLUTION"), Map.entry("thông tư", "CIRCULAR"),
            Map.entry("quyết định", "DECISION"), Map.entry("chỉ thị", "DIRECTIVE"), Map.entry("kết luận", "CONCLUSION"),
            Map.entry("kế hoạch", "PLAN"), Map.entry("công văn", "OFFICIAL_LETTER"), Map.entry("văn bản", "DOCUMENT"),
            Map.entry("hướng dẫn", "GUIDANCE"), Map.entry("thông báo", "NOTICE"), Map.entry("tờ trình", "SUBMISSION"),
            Map.entry("báo cáo", "REPORT"), Map.entry("đề án", "PROJECT"), Map.entry("luật", "LAW"),
            Map.entry("pháp lệnh", "ORDINANCE"), Map.entry("quy định", "REGULATION"), Map.entry("quy chế", "RULES"),
            Map.entry("công điện", "DISPATCH"), Map.entry("phương án", "SCHEME"), Map.entry("thông tri", "PARTY_NOTICE"),
            Map.entry("biên bản", "MINUTES"), Map.entry("giấy mời", "INVITATION"),
            Map.entry("văn bản hợp nhất", "CONSOLIDATED_TEXT"), Map.entry("hiến pháp", "CONSTITUTION"));

    private DocumentKinds() {
    }

    /** The code of a printed kind word, whatever its case ("QUYẾT ĐỊNH" is DECISION); empty for an unknown word. */
    public static Optional<String> code(String printed) {
        if (printed == null) {
            return Optional.empty();
        }
        String key = printed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.forLanguageTag("vi"));
        return Optional.ofNullable(CODES.get(key));
    }
}
