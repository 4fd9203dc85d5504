package vn.ttdn.legal;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A document's number and symbol ("số, ký hiệu"): {@code 13980/KH-UBND}, {@code 72/2015/NĐ-CP}, {@code 57-KL/TW}.
 * <p>
 * {@link #printed()} keeps the text as it appeared; {@link #canonical()} removes spaces, unifies dashes and the
 * letter Đ, restores Đ in well-known abbreviations typed without it ("ND-CP"), and writes the separator after the
 * number the way the issuer's rules want it: a hyphen for Party documents (symbol "KL/TW"), a slash otherwise.
 */
public record DocumentNumber(String printed, String number, Integer year, String symbol) {

    /** Abbreviations that are often typed without the Đ (keyboard or font trouble). */
    private static final Map<String, String> RESTORED_D = Map.of(
            "ND", "NĐ", "QD", "QĐ", "DA", "ĐA", "TTDN", "TTĐN", "BCD", "BCĐ");

    /** Type codes with a small letter, as an all-capital text prints them ("150/TTR-UBND" is a Tờ trình). */
    private static final Map<String, String> RESTORED_CASE = Map.of("TTR", "TTr", "CTR", "CTr", "QYĐ", "QyĐ");

    /** Issuer codes with a small letter, as an all-capital text prints them ("16/CT-TTG" is the Prime Minister's). */
    private static final Map<String, String> RESTORED_ISSUER_CASE = Map.of("TTG", "TTg");

    private static final Map<String, String> KIND_BY_TYPE = Map.ofEntries(
            Map.entry("KH", "Kế hoạch"), Map.entry("KL", "Kết luận"), Map.entry("NĐ", "Nghị định"),
            Map.entry("NQ", "Nghị quyết"), Map.entry("TT", "Thông tư"), Map.entry("TTLT", "Thông tư liên tịch"),
            Map.entry("QĐ", "Quyết định"), Map.entry("CT", "Chỉ thị"), Map.entry("CTr", "Chương trình"),
            Map.entry("CTPH", "Chương trình phối hợp"), Map.entry("ĐA", "Đề án"), Map.entry("BC", "Báo cáo"),
            Map.entry("TTr", "Tờ trình"), Map.entry("TB", "Thông báo"), Map.entry("HD", "Hướng dẫn"),
            Map.entry("QC", "Quy chế"), Map.entry("QyĐ", "Quy định"), Map.entry("PA", "Phương án"),
            Map.entry("CĐ", "Công điện"), Map.entry("BB", "Biên bản"), Map.entry("GM", "Giấy mời"),
            Map.entry("QH", "Luật"), Map.entry("KLTT", "Kết luận thanh tra"), Map.entry("VBHN", "Văn bản hợp nhất"));

    /** Parses one number-and-symbol, e.g. "số 72/2015/NĐ- CP" or "13980 /KH-UBND"; empty when it is not one. */
    public static Optional<DocumentNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.toLowerCase(Locale.ROOT).startsWith("số")) {
            t = t.substring(2).strip();
        }
        NumberScanner.Match m = NumberScanner.matchAt(t, 0);
        if (m == null || m.end() != t.length()) {
            return Optional.empty();
        }
        return Optional.of(m.toNumber(text.strip()));
    }

    /** The form used for comparison and display: no spaces, one kind of dash, Đ restored, Party hyphen. */
    public String canonical() {
        String sep = isParty() ? "-" : "/";
        return number + (year == null ? "" : "/" + year) + sep + symbol;
    }

    /** Party documents (Đảng) have a slash inside the symbol: KL/TW, CTr/TU, KH/TU. */
    public boolean isParty() {
        return symbol.indexOf('/') >= 0;
    }

    /** The document type abbreviation: the first part of the symbol ("KH" in "KH-UBND"), or null for a công văn. */
    public String typeCode() {
        String first = symbol.split("[-/]", 2)[0];
        if (!KIND_BY_TYPE.containsKey(first)) {
            first = first.replaceFirst("\\d+$", ""); // QH13: laws carry the legislature's number
        }
        return KIND_BY_TYPE.containsKey(first) ? first : null;
    }

    /** The kind of document the symbol says ("Kế hoạch" for KH-UBND); a symbol without a type is a công văn. */
    public String kindFromSymbol() {
        String code = typeCode();
        return code == null ? "Công văn" : KIND_BY_TYPE.get(code);
    }

    /** A key that ignores leading zeros and case, for "the same document" comparisons. */
    public String key() {
        String n = number.replaceFirst("^0+(?=\\d)", "");
        return (n + (year == null ? "" : "/" + year) + "|" + symbol).toUpperCase(Locale.ROOT);
    }

    /** Rebuilds a number with the year a normative document should carry (e.g. "72/NĐ-CP" dated 2015). */
    public DocumentNumber withYearIfNormative(Integer documentYear) {
        if (year != null || documentYear == null) {
            return this;
        }
        String code = typeCode();
        boolean normative = "NĐ".equals(code) || "TT".equals(code) || "TTLT".equals(code) || "QH".equals(code);
        if (!normative) {
            return lostSlash(documentYear, 6);
        }
        if (number.length() <= 4) {
            return new DocumentNumber(printed, number, documentYear, symbol);
        }
        return lostSlash(documentYear, 5);
    }

    /**
     * "152019/TT-BTTTT" dated 2019 lost the slash of 15/2019; dated otherwise it is not ours to guess. A document
     * whose number need not carry a year ("172019/NQ-HĐND") is repaired only from six digits: no province numbers
     * its resolutions or letters past 99999, while a city's letters do reach five digits ("12019/UBND-VX").
     */
    private DocumentNumber lostSlash(int documentYear, int minDigits) {
        String yearText = String.valueOf(documentYear);
        boolean digits = number.chars().allMatch(ch -> ch >= '0' && ch <= '9');
        return digits && number.length() >= minDigits && number.endsWith(yearText) && number.length() - 4 <= 3
                ? new DocumentNumber(printed, number.substring(0, number.length() - 4), documentYear, symbol)
                : this;
    }

    static String canonicalSymbol(String rawSymbol) {
        StringBuilder out = new StringBuilder();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < rawSymbol.length(); i++) {
            char c = rawSymbol.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            if (c == '/' || NumberScanner.isDash(c)) {
                String p = restoreD(part.toString());
                out.append(out.length() == 0 ? RESTORED_CASE.getOrDefault(p, p) : RESTORED_ISSUER_CASE.getOrDefault(p, p))
                        .append(c == '/' ? '/' : '-');
                part.setLength(0);
            } else {
                part.append(c == 'Ð' ? 'Đ' : c);
            }
        }
        String last = restoreD(part.toString());
        return out.append(out.length() == 0 ? last : RESTORED_ISSUER_CASE.getOrDefault(last, last)).toString();
    }

    private static String restoreD(String part) {
        return RESTORED_D.getOrDefault(part, part);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
