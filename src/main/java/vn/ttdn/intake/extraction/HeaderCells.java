package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import vn.ttdn.legal.DocumentNumber;

/**
 * Cuts the top lines of a document into the cells of its two-column header, whatever way the copy arrived: cells
 * separated by tabs or by " | " (web copies), one cell per short line (PDF columns read in turn), or everything run
 * together on one line ("ỦY BAN NHÂN DÂN TỈNH X CỘNG HÒA … Hạnh phúc Số: 12/KH-UBND X, ngày … KẾ HOẠCH …"). A run is
 * cut at the anchors every header has — the national motto, "Số: …" and the place-and-date — until the date has
 * been seen; what follows the date is the document's own text and is left whole. Site metadata lines ("Số hiệu:",
 * "Nơi ban hành:" …) are handed to {@link SiteMetadata} and produce no cell.
 */
final class HeaderCells {

    enum Kind { TEXT, MOTTO, NUMBER, PLACE_DATE, BLANK }

    record Cell(int line, String text, Kind kind) {
    }

    /** Upper-cased; "Độc lập - Tự do - Hạnh phúc" is matched from its first words to "HẠNH PHÚC". */
    private static final List<String> MOTTOS = List.of(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM");

    private static final String INDEPENDENCE = "ĐỘC LẬP";
    private static final String HAPPINESS = "HẠNH PHÚC";
    private static final String FREEDOM = "TỰ DO";
    private static final int MAX_PLACE_WORDS = 6;

    private HeaderCells() {
    }

    static List<Cell> split(List<String> lines, int limit, SiteMetadata meta) {
        List<Cell> out = new ArrayList<>();
        boolean dated = false;
        for (int i = 0; i < limit; i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                out.add(new Cell(i, "", Kind.BLANK));
                continue;
            }
            if (StructureLine.romanEnd(line) > 0 || folded(line).startsWith("Điều ") || line.startsWith("Căn cứ")) {
                break; // the body or the preamble: the header is above
            }
            if (!dated && meta.read(line)) {
                continue;
            }
            for (String piece : pieces(line)) {
                if (dated && !lateNumber(out, i, piece)) {
                    out.add(new Cell(i, piece, Kind.TEXT));
                } else if (!dated) {
                    dated = splitRun(out, i, piece);
                }
            }
        }
        return out;
    }

    /**
     * A copy may read the two header columns row by row in either order, so "Số 12-KH/TU" can come after the
     * date ("* | Tuyên Quang, ngày …" then "Số 12-KH/TU"). Until a number was seen, a piece that opens with one
     * is still the number; true when it was added.
     */
    private static boolean lateNumber(List<Cell> out, int line, String piece) {
        for (Cell c : out) {
            if (c.kind() == Kind.NUMBER) {
                return false;
            }
        }
        int[] n = numberAnchor(piece, 0);
        if (n == null || n[0] != 0 || DocumentNumber.parse(numberText(piece.substring(0, n[1]))).isEmpty()) {
            return false;
        }
        out.add(new Cell(line, piece.substring(0, n[1]).strip(), Kind.NUMBER));
        text(out, line, piece.substring(n[1]));
        return true;
    }

    /** "Số: 12/KH-UBND" → "12/KH-UBND". */
    private static String numberText(String cell) {
        String n = cell.strip().substring(2).strip();
        return n.startsWith(":") ? n.substring(1).strip() : n;
    }

    /** A line's cells as a table or a web copy separates them. */
    static List<String> pieces(String line) {
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= line.length(); i++) {
            if (i == line.length() || line.charAt(i) == '\t' || line.charAt(i) == '|') {
                String p = line.substring(from, i).strip();
                if (!p.isEmpty()) {
                    out.add(p);
                }
                from = i + 1;
            }
        }
        return out;
    }

    /** Cuts one piece at its anchors; true once a place-and-date cell was produced. */
    private static boolean splitRun(List<Cell> out, int line, String piece) {
        String upper = upperFolded(piece);
        int pos = 0;
        while (pos < piece.length()) {
            int[] motto = motto(upper, pos);
            int[] number = numberAnchor(piece, pos);
            int[] date = dateAnchor(piece, pos);
            int[] first = earliest(motto, number, date);
            if (first == null) {
                text(out, line, piece.substring(pos));
                return false;
            }
            if (first == date) {
                out.add(new Cell(line, unemphasised(piece.substring(pos, date[1])), Kind.PLACE_DATE));
                text(out, line, piece.substring(date[1]));
                return true;
            }
            text(out, line, piece.substring(pos, first[0]));
            out.add(new Cell(line, piece.substring(first[0], first[1]).strip(), first == motto ? Kind.MOTTO : Kind.NUMBER));
            pos = first[1];
        }
        return false;
    }

    private static void text(List<Cell> out, int line, String s) {
        String t = unemphasised(s);
        while (t.startsWith(",") || t.startsWith("-") && t.length() > 1 && t.charAt(1) == ' ') {
            t = t.substring(1).strip();
        }
        if (!t.isEmpty()) {
            out.add(new Cell(line, t, Kind.TEXT));
        }
    }

    /** The place and date: a date whose "ngày" follows at most a place's few words since {@code from}. */
    private static int[] dateAnchor(String s, int from) {
        int limit = from;
        for (int words = 0; words <= MAX_PLACE_WORDS && limit < s.length(); words++) {
            while (limit < s.length() && s.charAt(limit) == ' ') {
                limit++;
            }
            int wordStart = limit;
            while (limit < s.length() && s.charAt(limit) != ' ') {
                limit++;
            }
            if (words == MAX_PLACE_WORDS) {
                limit = wordStart + 1; // "ngày" may be the seventh word, no later
            }
        }
        return PrintedDate.anchor(s, from, limit);
    }

    /** Without the Markdown emphasis a web copy may keep around a cell ("*Sơn La, ngày …*"). */
    private static String unemphasised(String s) {
        String t = s.strip();
        int from = 0;
        int to = t.length();
        while (from < to && (t.charAt(from) == '*' || t.charAt(from) == '_')) {
            from++;
        }
        while (to > from && (t.charAt(to - 1) == '*' || t.charAt(to - 1) == '_')) {
            to--;
        }
        return t.substring(from, to).strip();
    }

    private static int[] earliest(int[]... found) {
        int[] best = null;
        for (int[] f : found) {
            if (f != null && (best == null || f[0] < best[0])) {
                best = f;
            }
        }
        return best;
    }

    private static int[] motto(String upper, int from) {
        int[] best = null;
        for (String m : MOTTOS) {
            int at = upper.indexOf(m, from);
            if (at >= 0 && (best == null || at < best[0])) {
                best = new int[] {at, at + m.length()};
            }
        }
        int at = upper.indexOf(INDEPENDENCE, from);
        if (at >= 0 && (best == null || at < best[0])) {
            best = new int[] {at, independenceEnd(upper, at)};
        }
        return best;
    }

    /** "Độc lập - Tự do - Hạnh phúc", or as much of it as this line holds when it is split over two. */
    private static int independenceEnd(String upper, int at) {
        int happy = upper.indexOf(HAPPINESS, at);
        if (happy >= 0 && happy - at < 40) {
            return happy + HAPPINESS.length();
        }
        int free = upper.indexOf(FREEDOM, at);
        int end = free >= 0 && free - at < 20 ? free + FREEDOM.length() : at + INDEPENDENCE.length();
        while (end < upper.length() && (upper.charAt(end) == ' ' || "-–—".indexOf(upper.charAt(end)) >= 0)) {
            end++;
        }
        return end;
    }

    /** "Số: 12/KH-UBND", "Số 12-KH/TU", "SỐ: …" at a word start; the end is where the number ends. */
    static int[] numberAnchor(String s, int from) {
        for (int at = Math.max(0, from); at + 2 <= s.length(); at++) {
            if (s.charAt(at) != 'S' || !(s.startsWith("Số", at) || s.startsWith("SỐ", at))) {
                continue;
            }
            if (at > 0 && s.charAt(at - 1) != ' ') {
                continue;
            }
            int p = at + 2;
            while (p < s.length() && s.charAt(p) == ' ') {
                p++;
            }
            boolean colon = p < s.length() && s.charAt(p) == ':';
            if (colon) {
                p++;
            } else if (p == at + 2 || p >= s.length() || !Character.isDigit(s.charAt(p)) || s.charAt(at + 1) == 'Ố') {
                continue;
            }
            return new int[] {at, numberEnd(s, p)};
        }
        return null;
    }

    /** The end of the longest run of one to three words after {@code from} that reads as a document number. */
    private static int numberEnd(String s, int from) {
        int p = from;
        while (p < s.length() && s.charAt(p) == ' ') {
            p++;
        }
        int start = p;
        int best = -1;
        int firstWord = -1;
        for (int words = 0; words < 3 && p < s.length(); words++) {
            while (p < s.length() && s.charAt(p) != ' ') {
                p++;
            }
            firstWord = firstWord < 0 ? p : firstWord;
            if (DocumentNumber.parse(s.substring(start, p)).isPresent()) {
                best = p;
            }
            while (p < s.length() && s.charAt(p) == ' ') {
                p++;
            }
        }
        // a draft's "Số: /KH-UBND" keeps its one word, read as no number
        return best >= 0 ? best : firstWord < 0 ? s.length() : firstWord;
    }

    /**
     * Upper case with the Icelandic eth (Ð), the look-alike some fonts and keyboards type for Đ, read as Đ; the
     * same length as {@code s}, so offsets carry over. The text itself keeps what was printed.
     */
    static String upperFolded(String s) {
        return folded(s).toUpperCase(Locale.ROOT);
    }

    /** {@code s} with Ð ð read as Đ đ ("QUYẾT ÐỊNH", "Ðiều 1."), for matching only. */
    static String folded(String s) {
        return s.indexOf('\u00D0') < 0 && s.indexOf('\u00F0') < 0 ? s
                : s.replace('\u00D0', '\u0110').replace('\u00F0', '\u0111');
    }

    /** Stamps printed above or beside a header: a draft, urgency, secrecy, original or copy. */
    private static final Set<String> STAMPS = Set.of(
            "DỰ THẢO", "BẢN CHÍNH", "BẢN SAO", "MẬT", "TỐI MẬT", "TUYỆT MẬT", "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC",
            "HOẢ TỐC", "(DỰ THẢO)", "DỰ THẢO LẦN 1", "DỰ THẢO LẦN 2", "DỰ THẢO LẦN 3");

    static boolean isStamp(String c) {
        return STAMPS.contains(c.strip().toUpperCase(Locale.ROOT));
    }

    /** The national motto or the Party's name, whole or as one of the short lines it is split into. */
    static boolean isMotto(String c) {
        String u = upperFolded(c);
        if (u.startsWith("CỘNG HÒA XÃ HỘI") || u.startsWith("CỘNG HOÀ XÃ HỘI") || u.startsWith(INDEPENDENCE)
                || u.startsWith("ĐẢNG CỘNG SẢN VIỆT NAM") || u.equals("CHỦ NGHĨA VIỆT NAM") || u.equals(HAPPINESS) || u.startsWith(FREEDOM)) {
            return true;
        }
        for (int i = 0; i < c.length(); i++) {
            if (Character.isLetterOrDigit(c.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
