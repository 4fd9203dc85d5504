package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Joins a paragraph that extraction or page breaks cut into several lines. A line continues the previous one
 * when the previous one has not ended its sentence and the line starts in lower case, or when the previous one
 * stops on a word that cannot end a phrase ("Sở", "của", a comma). Table rows and numbered or bulleted lines
 * are never joined.
 */
final class LineJoiner {

    private static final Set<String> HANGING_WORDS = Set.of(
            "và", "của", "các", "với", "số", "ngày", "tại", "theo", "về", "cho", "trong", "những", "là", "được",
            "để", "đến", "từ", "Sở", "Ban", "Bộ", "Ủy", "Uỷ", "ban", "Đài", "Báo", "Cổng", "Trung", "Văn", "Công");

    private static final int MAX_BLANK_GAP = 6;

    private LineJoiner() {
    }

    static List<String> join(List<String> lines) {
        List<String> out = new ArrayList<>(lines.size());
        int lastText = -1;
        int blanks = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                out.add("");
                blanks++;
                continue;
            }
            if (lastText >= 0 && continues(out.get(lastText), line, blanks)) {
                out.set(lastText, out.get(lastText) + " " + line.strip());
                // the blank lines between the two pieces were page-break debris
                out.subList(lastText + 1, out.size()).clear();
            } else {
                out.add(line);
                lastText = out.size() - 1;
            }
            blanks = 0;
        }
        return out;
    }

    static boolean continues(String previous, String line, int blanksBetween) {
        if (previous.indexOf('\t') >= 0 || line.indexOf('\t') >= 0 || blanksBetween > MAX_BLANK_GAP) {
            return false;
        }
        String a = previous.strip();
        String b = line.strip();
        if (a.isEmpty() || b.isEmpty() || endsSentence(a) || StructureLine.startsWithMarker(b)) {
            return false;
        }
        if (Character.isLowerCase(b.charAt(0))) {
            return true;
        }
        return blanksBetween == 0 && Character.isLetterOrDigit(b.charAt(0))
                && (a.endsWith(",") || HANGING_WORDS.contains(lastWord(a)));
    }

    private static boolean endsSentence(String a) {
        char c = a.charAt(a.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == ';' || c == '…' || c == ')' || c == '”';
    }

    private static String lastWord(String a) {
        int i = a.length();
        while (i > 0 && a.charAt(i - 1) != ' ') {
            i--;
        }
        return a.substring(i);
    }
}
