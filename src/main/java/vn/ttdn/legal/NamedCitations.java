package vn.ttdn.legal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Documents a preamble cites by name, without a number: laws and codes by name and date ("Luật Báo chí ngày 05
 * tháng 4 năm 2016", "Bộ luật Lao động ngày …", "Luật Đất đai năm 2024"), and programmes, plans or resolutions
 * named right after a preamble's opening words ("Thực hiện Chương trình công tác năm 2021 của Tỉnh ủy"). The name,
 * kind word included, is the subject; the number is null. Linear scanning, like {@link CitationFinder}.
 */
final class NamedCitations {

    /** Laws are cited by name anywhere; "Bộ luật", "Pháp lệnh" and "Hiến pháp" are laws' siblings. */
    private static final List<String> LAW_KINDS = List.of("Bộ luật ", "Bộ Luật ", "Luật ", "Pháp lệnh ", "Hiến pháp ");

    /** The same in an all-capital preamble ("CĂN CỨ LUẬT AN NINH MẠNG NGÀY …"); only at a list position. */
    private static final List<String> CAPITAL_LAW_KINDS = List.of("BỘ LUẬT ", "LUẬT ", "PHÁP LỆNH ", "HIẾN PHÁP ");

    /** Where a law cited without a date stops: "Luật Báo chí, Luật Xuất bản và các văn bản hướng dẫn …". */
    private static final List<String> DATELESS_LAW_STOPS = List.of(" của ", " và các ", " và những ", " và văn bản",
            " (", " đã ", " được ");

    private static final int MAX_DATELESS_NAME = 100;

    /** Kinds a preamble names without a number, longest first. */
    private static final List<String> KINDS = List.of("Chương trình hành động ", "Chương trình ", "Kế hoạch ",
            "Nghị quyết ", "Kết luận ", "Chỉ thị ", "Đề án ", "Quy chế ", "Quy định ", "Hướng dẫn ", "Chiến lược ");

    /** A preamble's opening words: only there does a bare kind word name a document. */
    private static final List<String> OPENERS = List.of("căn cứ ", "thực hiện ", "triển khai thực hiện ",
            "triển khai ", "tiếp tục thực hiện ", "trên cơ sở ", "theo ");

    /** Words after a kind that make it a phrase, not a name ("Kế hoạch này", "Quy định hiện hành"). */
    private static final List<String> NOT_A_NAME = List.of("này", "hiện", "trên", "đã", "được", "và", "tại",
            "trong", "như", "của", "về", "số", "cụ", "đề", "đối", "nói");

    /**
     * What a comma inside a name leads to: its horizon or period ("…, tầm nhìn …", "…, giai đoạn …"). A congress's
     * term (", nhiệm kỳ 2020 - 2025") is not: the set names "Nghị quyết Đại hội … lần thứ XI" without it.
     */
    private static final List<String> NAME_CONTINUATIONS = List.of(", định hướng ", ", tầm nhìn ", ", giai đoạn ");

    private static final int MAX_NAME = 200;
    private static final int MAX_ITEM = 400;

    private NamedCitations() {
    }

    /** {@code preambleItem}: the text is one item of a legal basis (a typed line), as if "Căn cứ" opened it. */
    static List<Citation> find(String text, boolean preambleItem) {
        List<Citation> out = new ArrayList<>();
        boolean preamble = preambleItem || startsWithOpener(text, 0);
        int i = 0;
        while (i < text.length()) {
            Citation c = null;
            // Every kind word starts with a capital: most positions are passed over by this one test.
            if (Character.isUpperCase(text.charAt(i)) && wordStart(text, i)) {
                String law = startingWith(text, i, LAW_KINDS);
                if (law == null && preamble && listPosition(text, i)) {
                    law = startingWith(text, i, CAPITAL_LAW_KINDS);
                }
                if (law != null) {
                    c = law(text, i, law);
                    if (c != null) {
                        List<Citation> laws = oneDateForSeveral(text, c);
                        out.addAll(laws.subList(0, laws.size() - 1));
                        c = laws.get(laws.size() - 1);
                    } else if (preamble && listPosition(text, i)) {
                        c = datelessLaw(text, i, law);
                    }
                } else if (preamble && listPosition(text, i)) {
                    String kind = startingWith(text, i, KINDS);
                    c = kind == null ? null : named(text, i, kind);
                }
            }
            if (c != null) {
                out.add(c);
                i = c.end();
            } else {
                i++;
            }
        }
        return out;
    }

    /** "Luật X ngày d", "Luật X năm yyyy": null when no date or year closes the name before ';' or a number. */
    private static Citation law(String text, int start, String kindWord) {
        // A code (Bộ luật) is a law; an ordinance and the constitution keep their own kind.
        String kind = lawKind(kindWord);
        int limit = Math.min(text.length(), start + MAX_NAME);
        for (int p = start + kindWord.length(); p < limit; p++) {
            char ch = text.charAt(p);
            if (ch == ';' || ch == ':' || ch == '\n' || ch == '(') {
                return null;
            }
            // "… của 37 luật có liên quan đến quy hoạch ngày …": a count is part of the name, a document number not
            if (NumberScanner.isAsciiDigit(ch)) {
                if (!wordStart(text, p) || NumberScanner.matchAt(text, p) != null) {
                    return null;
                }
                while (p + 1 < limit && NumberScanner.isAsciiDigit(text.charAt(p + 1))) {
                    p++;
                }
                continue;
            }
            if (ch != ' ') {
                continue;
            }
            if (text.regionMatches(true, p + 1, "ngày ", 0, 5)) {
                VietnameseDates.DateMatch d = VietnameseDates.afterNgay(text, p + 1, Math.min(text.length(), p + 36));
                if (d != null && d.toDate() != null) {
                    return citation(text, kind, start, p, d.toDate(), d.end());
                }
            } else if (text.startsWith("năm ", p + 1) && isYearAt(text, p + 5)) {
                return citation(text, kind, start, p + 9, null, p + 9);
            } else if (text.startsWith("số ", p + 1) && p + 4 < text.length()
                    && NumberScanner.isAsciiDigit(text.charAt(p + 4))) {
                return null; // "Luật Đầu tư công số 39/2019/QH14": the number finder reads it
            }
        }
        return null;
    }

    /** A code (Bộ luật) is a law; an ordinance and the constitution keep their own kind. */
    private static String lawKind(String kindWord) {
        String upper = kindWord.toUpperCase(Locale.ROOT);
        return upper.startsWith("PHÁP LỆNH") ? "Pháp lệnh" : upper.startsWith("HIẾN PHÁP") ? "Hiến pháp" : "Luật";
    }

    /**
     * "Căn cứ Luật Báo chí;": a law named by itself as an item of a preamble, its capitalised name running to the
     * item's end; a digit in the name (a date the law finder could not read) or a number in the item make it none.
     */
    private static Citation datelessLaw(String text, int start, String kindWord) {
        int nameFrom = start + kindWord.length();
        if (CAPITAL_LAW_KINDS.contains(kindWord) || nameFrom >= text.length()
                || !Character.isUpperCase(text.charAt(nameFrom))) {
            return null;
        }
        int itemEnd = itemEnd(text, start);
        int nameEnd = itemEnd;
        for (String stop : DATELESS_LAW_STOPS) {
            int idx = indexWithin(text, stop, nameFrom, nameEnd);
            if (idx >= 0) {
                nameEnd = idx;
            }
        }
        if (nameEnd - start > MAX_DATELESS_NAME) {
            return null;
        }
        for (int p = nameFrom; p < itemEnd; p++) {
            if (NumberScanner.isAsciiDigit(text.charAt(p))
                    && (p < nameEnd || NumberScanner.matchAt(text, p) != null)) {
                return null;
            }
        }
        return citation(text, lawKind(kindWord), start, nameEnd, null, nameEnd);
    }

    /** Where a list of laws passed the same day continues: "Luật Tổ chức Chính phủ và Luật Tổ chức … ngày …". */
    private static final List<String> NEXT_LAW = List.of(", Luật ", " và Luật ", ", Bộ luật ", " và Bộ luật ");

    /**
     * "Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015" cites two laws of one
     * date; an amending law ("Luật sửa đổi … của Luật A và Luật B") names the laws it amends after "của" and is one.
     */
    private static List<Citation> oneDateForSeveral(String text, Citation whole) {
        String name = whole.subject();
        if (name.contains(" của ")) {
            return List.of(whole);
        }
        List<Citation> out = new ArrayList<>();
        int from = 0;
        while (true) {
            int next = -1;
            int skip = 0;
            for (String sep : NEXT_LAW) {
                int at = name.indexOf(sep, from);
                if (at > 0 && (next < 0 || at < next)) {
                    next = at;
                    skip = sep.length() - (sep.endsWith("Bộ luật ") ? 8 : 5);
                }
            }
            String part = (next < 0 ? name.substring(from) : name.substring(from, next)).strip();
            int partStart = whole.start() + from;
            String kind = part.startsWith("Pháp lệnh") ? "Pháp lệnh" : whole.kind();
            out.add(new Citation(kind, null, text.substring(partStart, whole.end()), whole.date(), whole.issuer(),
                    part, partStart, whole.end()));
            if (next < 0) {
                return out;
            }
            from = next + skip;
        }
    }

    /** "Chương trình công tác năm 2021 của Tỉnh ủy": a kind word, a name, then "của", a date or the item's end. */
    private static Citation named(String text, int start, String kindWord) {
        int itemEnd = itemEnd(text, start);
        for (int p = start; p < itemEnd; p++) {
            if (NumberScanner.isAsciiDigit(text.charAt(p)) && NumberScanner.matchAt(text, p) != null) {
                return null; // "Kết luận … tại Thông báo số 12-TB/TU" cites the numbered document
            }
        }
        int nameFrom = start + kindWord.length();
        if (text.startsWith("của ", nameFrom)) {
            return issuerAndAbout(text, start, kindWord, itemEnd);
        }
        String next = text.substring(nameFrom, Math.min(itemEnd, nameFrom + 8)).toLowerCase(Locale.ROOT);
        if (nameFrom >= itemEnd || NOT_A_NAME.stream().anyMatch(w -> next.equals(w) || next.startsWith(w + " "))) {
            return null;
        }
        int nameEnd = itemEnd;
        for (String stop : new String[] {" của ", " ngày ", ",", " do ", " đã ", " được "}) {
            int idx = indexWithin(text, stop, nameFrom, nameEnd);
            // "… giai đoạn 2021 - 2025, định hướng đến năm 2030": a plan's horizon belongs to its name
            while (idx >= 0 && stop.equals(",") && continuesName(text, idx)) {
                idx = indexWithin(text, stop, idx + 1, nameEnd);
            }
            if (idx >= 0) {
                nameEnd = idx;
            }
        }
        if (nameEnd - start > MAX_NAME || nameEnd <= nameFrom) {
            return null;
        }
        LocalDate date = null;
        int end = nameEnd;
        if (text.startsWith(" ngày ", nameEnd)) {
            VietnameseDates.DateMatch d = VietnameseDates.afterNgay(text, nameEnd + 1, Math.min(itemEnd, nameEnd + 36));
            if (d != null) {
                date = d.toDate();
                end = d.end();
            }
        }
        return citation(text, kindWord.strip(), start, nameEnd, date, end);
    }

    /**
     * "Chỉ thị của Thủ tướng Chính phủ về tăng cường …": no name but the issuer and what it is about, which then
     * name it ("Chỉ thị về tăng cường …"); without "về" ("Kết luận của Chủ tịch tại cuộc họp") it is no citation.
     */
    private static Citation issuerAndAbout(String text, int start, String kindWord, int itemEnd) {
        int nameFrom = start + kindWord.length();
        String issuer = CitationFinder.issuerAfter(text, nameFrom, itemEnd);
        int issuerEnd = issuer == null ? -1 : indexWithin(text, issuer, nameFrom, itemEnd);
        if (issuerEnd < 0 || !text.startsWith(" về ", issuerEnd + issuer.length())) {
            return null;
        }
        int aboutFrom = issuerEnd + issuer.length() + 4;
        int aboutEnd = Math.min(itemEnd, aboutFrom + MAX_NAME);
        String about = trimEnd(text.substring(aboutFrom, aboutEnd));
        if (about.length() < 4) {
            return null;
        }
        return new Citation(kindWord.strip(), null, text.substring(start, aboutEnd), null, issuer,
                kindWord.strip() + " về " + about, start, aboutEnd);
    }

    private static Citation citation(String text, String kind, int start, int nameEnd, LocalDate date, int end) {
        String name = trimEnd(text.substring(start, nameEnd));
        String issuer = CitationFinder.issuerAfter(text, end, text.length());
        return new Citation(kind, null, text.substring(start, end), date, issuer, name, start, end);
    }

    /** Where one document of a list ends: ';', ':', the end, or ", " before a capital (the next item or body). */
    private static int itemEnd(String text, int from) {
        int limit = Math.min(text.length(), from + MAX_ITEM); // bounded: a run of "và Kế hoạch …" stays linear
        for (int p = from; p < limit; p++) {
            char ch = text.charAt(p);
            if (ch == ';' || ch == ':' || ch == '\n' || (ch == '.' && (p + 1 == text.length()
                    || text.charAt(p + 1) == ' '))) {
                return p;
            }
            if (ch == ',' && p + 2 < text.length() && text.charAt(p + 1) == ' '
                    && Character.isUpperCase(text.charAt(p + 2))) {
                return p;
            }
        }
        return limit;
    }

    /** Right after an opener, a list separator or "và" of a preamble sentence. */
    private static boolean listPosition(String text, int i) {
        int p = i;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        if (p == 0) {
            return true;
        }
        char before = text.charAt(p - 1);
        if (before == ';' || before == ',') {
            return true;
        }
        if (p >= 3 && text.regionMatches(true, p - 3, " và", 0, 3)) {
            return true;
        }
        for (String o : OPENERS) {
            int s = p - o.length() + 1;
            if (s >= 0 && text.regionMatches(true, s, o, 0, o.length() - 1) && (s == 0 || !Character.isLetter(
                    text.charAt(s - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithOpener(String text, int from) {
        int p = from;
        while (p < text.length() && !Character.isLetter(text.charAt(p))) {
            p++;
        }
        for (String o : OPENERS) {
            if (text.regionMatches(true, p, o, 0, o.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean continuesName(String text, int comma) {
        for (String w : NAME_CONTINUATIONS) {
            if (text.startsWith(w, comma)) {
                return true;
            }
        }
        return false;
    }

    private static String startingWith(String text, int i, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, i)) {
                return w;
            }
        }
        return null;
    }

    /** {@code text.indexOf(word, from)} when it ends by {@code to}, else -1; never scans past {@code to}. */
    private static int indexWithin(String text, String word, int from, int to) {
        for (int p = from; p + word.length() <= to; p++) {
            if (text.startsWith(word, p)) {
                return p;
            }
        }
        return -1;
    }

    private static boolean wordStart(String text, int i) {
        return i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static boolean isYearAt(String text, int i) {
        if (i + 4 > text.length() || (i + 4 < text.length() && Character.isLetterOrDigit(text.charAt(i + 4)))) {
            return false;
        }
        for (int k = i; k < i + 4; k++) {
            if (!NumberScanner.isAsciiDigit(text.charAt(k))) {
                return false;
            }
        }
        return text.charAt(i) == '1' || text.charAt(i) == '2';
    }

    private static String trimEnd(String s) {
        int e = s.length();
        while (e > 0 && ",.;: ".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e).strip();
    }
}
