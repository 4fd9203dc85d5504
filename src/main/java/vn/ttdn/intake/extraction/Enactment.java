package vn.ttdn.intake.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.ttdn.legal.Citation;
import vn.ttdn.legal.CitationFinder;
import vn.ttdn.legal.DocumentNumber;
import vn.ttdn.legal.VietnameseDates;

/**
 * The sentences around the preamble that say who issues the document ("Ủy ban nhân dân tỉnh ban hành Kế hoạch
 * …, như sau:") and, in a news article, which document was issued ("UBND tỉnh ban hành Kế hoạch số 186-KH-UBND
 * về …").
 */
public final class Enactment {

    record Announced(String kind, DocumentNumber number, String title, LocalDate date, int line) {
    }

    private static final List<String> OPENERS = List.of(
            "căn cứ", "thực hiện", "theo đề nghị", "xét đề nghị", "xét tờ trình", "theo ", "trên cơ sở", "tiếp theo", "triển khai");

    private static final List<String> ISSUER_HEADS = List.of(
            "Ủy ban nhân dân", "Uỷ ban nhân dân", "UBND", "Ban Thường vụ", "Ban Chấp hành", "Ban Chỉ đạo");

    private static final List<String> ENACTING_VERBS = List.of(" ban hành", " xây dựng", " quyết định");

    private Enactment() {
    }

    public static boolean isPreambleOpener(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        for (String o : OPENERS) {
            if (lower.startsWith(o)) {
                return true;
            }
        }
        return false;
    }

    /** "Ủy ban nhân dân tỉnh" in "…, Ủy ban nhân dân tỉnh ban hành Kế hoạch …", as printed; null if absent. */
    static String issuer(List<String> lines, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            String line = lines.get(i);
            for (String head : ISSUER_HEADS) {
                int at = line.indexOf(head);
                while (at >= 0) {
                    String found = issuerAt(line, at);
                    if (found != null) {
                        return found;
                    }
                    at = line.indexOf(head, at + 1);
                }
            }
        }
        return null;
    }

    private static String issuerAt(String line, int at) {
        int best = -1;
        for (String verb : ENACTING_VERBS) {
            int v = line.indexOf(verb, at);
            if (v > at && v - at <= 45 && (best < 0 || v < best)) {
                best = v;
            }
        }
        if (best < 0) {
            return null;
        }
        String candidate = line.substring(at, best).strip();
        return candidate.contains(",") || candidate.contains(";") ? null : candidate;
    }

    /** The kind a preamble's "… ban hành Kế hoạch …" names in {@code lines[from, to)}; null if none does. */
    static String enactedKind(List<String> lines, int from, int to) {
        for (int i = Math.max(0, from); i < to; i++) {
            String line = lines.get(i);
            for (int at = line.indexOf("ban hành "); at >= 0; at = line.indexOf("ban hành ", at + 1)) {
                for (String type : HeaderExtractor.TYPES) {
                    String kind = HeaderExtractor.sentenceCase(type);
                    if (line.startsWith(kind, at + 9) || line.startsWith(type, at + 9)) {
                        return kind;
                    }
                }
            }
        }
        return null;
    }

    /** A news article's "ban hành Kế hoạch số X về Y" in the first lines; null if absent. */
    static Announced announced(List<String> lines, int limit) {
        for (int i = 0; i < limit; i++) {
            String line = lines.get(i);
            int at = line.indexOf("ban hành ");
            if (at < 0) {
                continue;
            }
            List<Citation> cited = CitationFinder.find(line.substring(at + 9));
            if (cited.isEmpty() || cited.get(0).start() > 20) {
                continue;
            }
            Citation c = cited.get(0);
            String rest = line.substring(at + 9 + c.end()).strip();
            String title = rest.startsWith("về ") ? trimEnd(rest.substring(3)) : null;
            return new Announced(c.kind(), c.number(), title, dateAtStart(line), i);
        }
        return null;
    }

    /** "Ngày 25/9/2023, UBND tỉnh …": the date; null when the year is not printed. */
    private static LocalDate dateAtStart(String line) {
        VietnameseDates.DateMatch d = VietnameseDates.afterNgay(line, 0, Math.min(line.length(), 20));
        return d == null ? null : d.toDate();
    }

    private static String trimEnd(String s) {
        String t = s.strip();
        while (!t.isEmpty() && ".;,".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.isEmpty() ? null : t;
    }
}
