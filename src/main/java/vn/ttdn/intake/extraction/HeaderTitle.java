package vn.ttdn.intake.extraction;

import java.util.List;
import java.util.Locale;

/**
 * The title after the document-type line (or after the date when there is none): one or several lines, in capitals
 * or not, up to the first line that cannot belong to it — a blank line, the preamble, a numbered heading, the
 * authority that enacts ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "HỘI ĐỒNG NHÂN DÂN TỈNH … KHÓA …"), a sentence of the
 * body, "Kính gửi:", or the "(Ban hành kèm theo …)" of an attached plan. When the header was run together on one
 * line the title is cut where such text starts inside it.
 */
final class HeaderTitle {

    record Title(String text, int fromLine, int toLine) {
    }

    private static final List<String> AUTHORITY_HEADS = List.of(
            "CHỦ TỊCH", "ỦY BAN NHÂN DÂN", "UỶ BAN NHÂN DÂN", "HỘI ĐỒNG NHÂN DÂN", "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH",
            "BỘ TRƯỞNG", "GIÁM ĐỐC", "THỦ TƯỚNG", "KHÓA ", "KHOÁ ", "TỈNH ỦY", "TỈNH UỶ");

    private static final List<String> INLINE_STOPS = List.of(" Căn cứ ", " Thực hiện ", " Xét đề nghị ", " Theo đề nghị ");

    private HeaderTitle() {
    }

    /** The title starting at cell {@code from}, after {@code initial} (the rest of the type line, or null). */
    static Title collect(List<HeaderCells.Cell> cells, int from, String initial, int initialLine) {
        StringBuilder sb = new StringBuilder();
        int first = -1;
        int last = -1;
        if (initial != null && !initial.isBlank()) {
            String cut = cutRun(initial);
            sb.append(stripVv(cut));
            first = initialLine;
            last = initialLine;
            if (cut.length() < initial.strip().length()) {
                return new Title(sb.toString(), first, last);
            }
        }
        for (int k = from; k < cells.size(); k++) {
            HeaderCells.Cell c = cells.get(k);
            String t = c.text();
            if (c.kind() == HeaderCells.Kind.BLANK || HeaderCells.isMotto(t)) {
                // a blank line or a rule ("-----") ends the title, or comes before it
                if (sb.length() > 0) {
                    break;
                }
                continue;
            }
            if (c.kind() != HeaderCells.Kind.TEXT || (sb.length() == 0 ? cannotOpen(t) : cannotContinue(t, sb))) {
                break;
            }
            String cut = cutRun(t);
            sb.append(sb.length() > 0 ? " " : "").append(sb.length() == 0 ? stripVv(cut) : cut);
            first = first < 0 ? c.line() : first;
            last = c.line();
            if (cut.length() < t.length()) {
                break;
            }
        }
        return sb.length() == 0 ? null : new Title(sb.toString(), first, last);
    }

    /** "Căn cứ" or a numbered line cannot be a title's first line; "Triển khai …" can. */
    static boolean cannotOpen(String t) {
        return t.startsWith("Căn cứ") || StructureLine.startsWithMarker(t) || t.startsWith("Kính gửi")
                || HeaderCells.folded(t).startsWith("Điều ") || isAttachment(t) || isPart(t);
    }

    /**
     * "Phần I. …", "PHẦN 1", "PHẦN THỨ NHẤT", "Chương II", "A. MỤC ĐÍCH": a part of the body, not a line of the
     * title ("Chương trình …" is).
     */
    private static boolean isPart(String t) {
        String upper = t.toUpperCase(Locale.ROOT);
        if (upper.startsWith("PHẦN THỨ ") || isLetteredPart(t)) {
            return true;
        }
        int word = upper.startsWith("PHẦN ") ? 5 : upper.startsWith("CHƯƠNG ") ? 7 : upper.startsWith("MỤC ") ? 4 : -1;
        if (word < 0 || word >= t.length()) {
            return false;
        }
        char c = t.charAt(word);
        return Character.isDigit(c) || "IVX".indexOf(c) >= 0 && (word + 1 == t.length() || !Character.isLetter(
                t.charAt(word + 1)) || "IVX".indexOf(t.charAt(word + 1)) >= 0);
    }

    /** "A. MỤC ĐÍCH, YÊU CẦU", "B) …": a capital letter of the parts' alphabet, then a mark and a word. */
    private static boolean isLetteredPart(String t) {
        return t.length() > 3 && "ABCDĐEGH".indexOf(t.charAt(0)) >= 0 && (t.charAt(1) == '.' || t.charAt(1) == ')')
                && t.charAt(2) == ' ' && Character.isUpperCase(t.charAt(3));
    }

    private static boolean cannotContinue(String t, CharSequence titleSoFar) {
        if (cannotOpen(t) || Enactment.isPreambleOpener(t) || isAuthority(t)) {
            return true;
        }
        if (HeaderExtractor.isUpperCaseLine(t) && hasLowerCase(titleSoFar)) {
            return true;
        }
        char end = t.charAt(t.length() - 1);
        // a sentence of the body ("Thời gian qua, công tác … kết quả.") follows a title that has no type line
        return (end == '.' || end == ':' || end == ';') && t.contains(", ");
    }

    /** True when a preamble opener (" Căn cứ ", " Thực hiện ", …) follows {@code title} inside its last line. */
    static boolean preambleFollows(String line, String title) {
        if (title == null || title.isEmpty()) {
            return false;
        }
        int at = line.indexOf(title.substring(Math.max(0, title.length() - 20)));
        if (at < 0) {
            return false;
        }
        for (String stop : INLINE_STOPS) {
            if (line.indexOf(stop, at) > 0) {
                return true;
            }
        }
        return false;
    }

    static boolean isAttachment(String t) {
        String lower = t.toLowerCase(Locale.ROOT);
        return lower.startsWith("(ban hành kèm theo") || lower.startsWith("(kèm theo");
    }

    private static boolean isAuthority(String t) {
        for (String a : AUTHORITY_HEADS) {
            if (t.startsWith(a)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The part of a run-together line that is still title: up to " Căn cứ …", a heading " I. …", or a run of three
     * words in capitals after a word that is not ("… năm 2022 HỘI ĐỒNG NHÂN DÂN TỈNH …").
     */
    static String cutRun(String text) {
        String t = text.strip();
        int end = t.length();
        for (String stop : INLINE_STOPS) {
            int at = t.indexOf(stop);
            end = at > 0 && at < end ? at : end;
        }
        int roman = t.indexOf(" I. ");
        if (roman > 0 && roman < end && roman + 4 < t.length() && Character.isUpperCase(t.charAt(roman + 4))) {
            end = roman;
        }
        int caps = capitalRun(t);
        end = caps > 0 && caps < end ? caps : end;
        return t.substring(0, end).strip();
    }

    /** Start of the first run of three capitalised words preceded by a word with a lower-case letter; -1 if none. */
    private static int capitalRun(String t) {
        boolean lowerSeen = false;
        int runStart = -1;
        int run = 0;
        int i = 0;
        while (i < t.length()) {
            while (i < t.length() && t.charAt(i) == ' ') {
                i++;
            }
            int w = i;
            while (i < t.length() && t.charAt(i) != ' ') {
                i++;
            }
            if (w == i) {
                break;
            }
            String word = t.substring(w, i);
            if (isCapitalWord(word)) {
                runStart = run == 0 ? w : runStart;
                run++;
                if (run >= 3 && lowerSeen) {
                    return runStart;
                }
            } else {
                run = 0;
                lowerSeen |= hasLowerCase(word);
            }
        }
        return -1;
    }

    private static boolean isCapitalWord(String w) {
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLowerCase(c) || Character.isDigit(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 2;
    }

    private static boolean hasLowerCase(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLowerCase(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static String stripVv(String t) {
        return t.startsWith("V/v ") || t.startsWith("V/v:") ? t.substring(4).strip() : t;
    }
}
