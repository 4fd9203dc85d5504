package vn.ttdn.legal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds cited documents in a text: a number-and-symbol, with the kind word printed before it and the date,
 * issuer and subject printed after it. Works on one paragraph at a time; linear scanning, no big regexes.
 */
public final class CitationFinder {

    /** Kind words, longest first so "Chương trình hành động" wins over "Chương trình". */
    private static final List<String> KINDS = List.of(
            "Chương trình hành động", "Chương trình phối hợp", "Thông tư liên tịch", "Nghị quyết liên tịch",
            "Kết luận thanh tra", "Thông báo kết luận", "Chương trình", "Nghị định", "Nghị quyết", "Thông tư", "Quyết định", "Chỉ thị",
            "Kết luận", "Kế hoạch", "Công văn", "Văn bản hợp nhất", "Văn bản", "Hướng dẫn", "Thông báo", "Tờ trình", "Báo cáo",
            "Đề án", "Luật", "Pháp lệnh", "Quy định", "Quy chế", "Công điện", "Phương án", "Thông tri");

    /** Where an issuer's name ends: the verb or preposition that follows it. */
    private static final List<String> ISSUER_ENDS = List.of(
            " về ", " hướng dẫn", " ban hành", " Ban hành", " phê duyệt", " thực hiện", " triển khai",
            " quy định", " tiếp tục", " trong ", " sửa đổi", " (", ";", ",", ".", ")", ":");

    private static final List<String> SUBJECT_ENDS = List.of(
            ";", " như sau", ", Ủy ban nhân dân", ", Uỷ ban nhân dân", ", UBND", ". ", " (sau đây", " sau khi ");

    /** Words that open a continuation of the sentence, not a document's subject ("và các chủ trương …"). */
    private static final List<String> NOT_A_SUBJECT_START = List.of("và ", "trên ", "trong ", "tại ", "của ", "theo ");

    /** Words that lead into the next citation ("… triển khai thực hiện Kết luận …"): not part of the subject. */
    private static final List<String> LEAD_INS = List.of(" thực hiện", " triển khai", " và", " của", " theo", " tại",
            " về");

    private static final int MAX_ISSUER = 90;
    private static final int MAX_SUBJECT = 300;

    private CitationFinder() {
    }

    /** Every citation in {@code text}, in order of appearance (repeats included). */
    public static List<Citation> find(String text) {
        List<NumberScanner.Match> matches = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (!NumberScanner.isAsciiDigit(text.charAt(i)) || !startsToken(text, i)) {
                continue;
            }
            NumberScanner.Match m = NumberScanner.matchAt(text, i);
            if (m != null) {
                matches.add(m);
                i = m.end() - 1;
            }
        }
        List<Citation> raw = new ArrayList<>(matches.size());
        for (int k = 0; k < matches.size(); k++) {
            int limit = k + 1 < matches.size() ? citationStart(text, matches.get(k + 1)) : text.length();
            raw.add(describe(text, matches.get(k), limit));
        }
        return withSubjects(text, raw);
    }

    /**
     * Every citation in {@code text} as {@link #find} reads them, and also the documents a preamble names without
     * a number (laws by name and date, "Chương trình công tác năm 2021 của Tỉnh ủy"), whose number is null.
     */
    public static List<Citation> findAll(String text) {
        return findAll(text, false);
    }

    /** As {@link #findAll(String)}; {@code legalBasisItem}: the text is one line of a legal basis, typed by hand. */
    public static List<Citation> findAll(String text, boolean legalBasisItem) {
        List<Citation> numbered = find(text);
        List<Citation> named = NamedCitations.find(text, legalBasisItem);
        if (named.isEmpty()) {
            return numbered;
        }
        List<Citation> out = new ArrayList<>(numbered);
        for (Citation n : named) {
            if (numbered.stream().noneMatch(c -> c.start() < n.end() && n.start() < c.end())) {
                out.add(n);
            }
        }
        out.sort(java.util.Comparator.comparingInt(Citation::start));
        return out;
    }

    private static boolean startsToken(String s, int i) {
        if (i == 0) {
            return true;
        }
        char p = s.charAt(i - 1);
        return !(Character.isLetterOrDigit(p) || p == '/' || p == '.' || p == '-' || p == ',');
    }

    private static int citationStart(String text, NumberScanner.Match m) {
        int k = kindStart(text, m.start());
        return k >= 0 ? k : m.start();
    }

    private static Citation describe(String text, NumberScanner.Match m, int limit) {
        String printedNumber = text.substring(m.start(), m.end());
        DocumentNumber number = m.toNumber(printedNumber);
        int kindStart = kindStart(text, m.start());
        String kind = kindStart >= 0 ? kindAt(text, kindStart) : null;
        int start = kindStart >= 0 ? kindStart : m.start();
        int end = m.end();
        LocalDate date = null;
        VietnameseDates.DateMatch dm = dateAfter(text, end);
        if (dm != null) {
            date = dm.toDate();
            end = dm.end();
        }
        number = number.withYearIfNormative(date == null ? null : date.getYear());
        String issuer = issuerAfter(text, end, limit);
        return new Citation(kind != null ? kind : number.kindFromSymbol(), number,
                text.substring(start, end), date, issuer, null, start, end);
    }

    /** Index of the kind word printed right before the number ("Nghị định số ", "Kế hoạch "), or -1. */
    private static int kindStart(String text, int numberStart) {
        int p = numberStart;
        while (p > 0 && text.charAt(p - 1) == ' ') {
            p--;
        }
        if (p > 0 && text.charAt(p - 1) == ':') { // "Quy định số: 08-QĐ/TU"
            p--;
        }
        for (String so : new String[] {"số", "só", "so"}) { // any case: "XÉT TỜ TRÌNH SỐ 150/TTR-UBND"
            if (p >= so.length() && text.regionMatches(true, p - so.length(), so, 0, so.length())) {
                p -= so.length();
                while (p > 0 && text.charAt(p - 1) == ' ') {
                    p--;
                }
                break;
            }
        }
        for (String k : KINDS) {
            int s = p - k.length();
            if (s >= 0 && text.regionMatches(true, s, k, 0, k.length())
                    && (s == 0 || !Character.isLetter(text.charAt(s - 1)))) {
                return s;
            }
        }
        return -1;
    }

    private static String kindAt(String text, int start) {
        for (String k : KINDS) {
            if (text.regionMatches(true, start, k, 0, k.length())) {
                // "Thông báo kết luận số 456-TB/TU" is a notice (TB) that records conclusions.
                return k.equals("Thông báo kết luận") ? "Thông báo" : k;
            }
        }
        return null;
    }

    private static VietnameseDates.DateMatch dateAfter(String text, int from) {
        int p = from;
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == ',')) {
            p++;
        }
        if (!text.regionMatches(true, p, "ngày", 0, 4)) {
            return null;
        }
        return VietnameseDates.afterNgay(text, p, Math.min(text.length(), p + 30));
    }

    static String issuerAfter(String text, int from, int nextCitation) {
        int p = from;
        while (p < text.length() && text.charAt(p) == ' ') {
            p++;
        }
        String lead;
        if (text.startsWith("của ", p)) {
            lead = "của ";
        } else if (text.startsWith("giữa ", p)) {
            lead = "giữa ";
        } else {
            return null;
        }
        int s = p + lead.length();
        int e = Math.min(Math.min(text.length(), s + MAX_ISSUER), Math.max(s, nextCitation));
        for (String end : ISSUER_ENDS) {
            int idx = text.indexOf(end, s);
            if (idx >= 0 && idx < e) {
                e = idx;
            }
        }
        String issuer = text.substring(s, e).strip();
        if (issuer.endsWith(" và")) {
            issuer = issuer.substring(0, issuer.length() - 3).strip();
        }
        return issuer.isEmpty() ? null : issuer;
    }

    /** Adds the subject: from after the issuer (or number) to the next citation, ';' or end of sentence. */
    private static List<Citation> withSubjects(String text, List<Citation> raw) {
        List<Citation> out = new ArrayList<>(raw.size());
        for (int i = 0; i < raw.size(); i++) {
            Citation c = raw.get(i);
            int from = c.end();
            if (c.issuer() != null) {
                int idx = text.indexOf(c.issuer(), from);
                from = idx >= 0 ? idx + c.issuer().length() : from;
            }
            int limit = i + 1 < raw.size() ? raw.get(i + 1).start() : text.length();
            out.add(new Citation(c.kind(), c.number(), c.printed(), c.date(), c.issuer(),
                    subject(text, from, limit), c.start(), c.end()));
        }
        return out;
    }

    private static String subject(String text, int from, int limit) {
        int e = Math.min(limit, from + MAX_SUBJECT);
        for (String end : SUBJECT_ENDS) {
            int idx = text.indexOf(end, from);
            if (idx >= 0 && idx < e) {
                e = idx;
            }
        }
        if (e <= from) {
            return null;
        }
        boolean cutByLength = e == from + MAX_SUBJECT && e < limit;
        String s = text.substring(from, e).strip();
        if (s.startsWith("(") && s.indexOf(')') > 0) {
            s = s.substring(s.indexOf(')') + 1).strip(); // "(khóa XII) về …"
        }
        // What follows a cut issuer (", ban, ngành") or a bracket is the rest of a phrase, never a subject.
        if (s.isEmpty() || ",;:).-–".indexOf(s.charAt(0)) >= 0) {
            return null;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("về việc ")) {
            s = s.substring(8);
        } else if (lower.startsWith("về ")) {
            s = s.substring(3);
        }
        String opening = s.toLowerCase(Locale.ROOT);
        if (NOT_A_SUBJECT_START.stream().anyMatch(opening::startsWith)) {
            return null;
        }
        s = withoutLeadIns(trimTrailing(cutByLength ? atWordBoundary(s) : s));
        if (s.length() < 4 || LEAD_INS.contains(" " + s.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return cutByLength ? s + "…" : s;
    }

    /** "Chương trình hành động … thực hiện" before the next citation: the lead-in words go. */
    private static String withoutLeadIns(String s) {
        String result = s;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String w : LEAD_INS) {
                if (result.toLowerCase(Locale.ROOT).endsWith(w) && result.length() > w.length()) {
                    result = trimTrailing(result.substring(0, result.length() - w.length()));
                    changed = true;
                }
            }
        }
        return result;
    }

    /** A subject cut for length ends at the last whole word. */
    static String atWordBoundary(String s) {
        int space = s.lastIndexOf(' ');
        return space > 0 ? s.substring(0, space) : s;
    }

    private static String trimTrailing(String s) {
        int e = s.length();
        while (e > 0 && ",.;: ".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        return s.substring(0, e).strip();
    }
}
