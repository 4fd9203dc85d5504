package vn.ttdn.intake.extraction;

/**
 * One non-blank line of the body, classified by how it starts: "II." (ROMAN), "2.3.1." (NUMBER), "a)" (LETTER),
 * "-" (BULLET), "Điều 3." (ARTICLE), a tab-separated table row, or plain text.
 *
 * @param label the marker without its punctuation: "II", "2.3.1", "a", "3"; null for bullets and text
 * @param text  the line after the marker, stripped
 */
record StructureLine(Kind kind, String label, String text, int line, String raw) {

    enum Kind { ROMAN, NUMBER, LETTER, BULLET, ARTICLE, TABLE_ROW, TEXT }

    static StructureLine of(String raw, int line) {
        String t = raw.strip();
        if (raw.indexOf('\t') >= 0 && !t.isEmpty()) {
            return new StructureLine(Kind.TABLE_ROW, null, t, line, raw);
        }
        int end = romanEnd(t);
        if (end > 0) {
            int letters = 0;
            while ("IVX".indexOf(t.charAt(letters)) >= 0) {
                letters++;
            }
            return new StructureLine(Kind.ROMAN, t.substring(0, letters), t.substring(end).strip(), line, raw);
        }
        end = numberEnd(t);
        if (end > 0) {
            String label = t.substring(0, end).strip();
            label = label.replaceAll("[.)]+$", "");
            return new StructureLine(Kind.NUMBER, label, t.substring(end).strip(), line, raw);
        }
        if (t.length() > 3 && Character.isLowerCase(t.charAt(0)) && t.charAt(1) == ')' && t.charAt(2) == ' ') {
            return new StructureLine(Kind.LETTER, t.substring(0, 1), t.substring(3).strip(), line, raw);
        }
        end = bulletEnd(t);
        if (end > 0) {
            return new StructureLine(Kind.BULLET, null, t.substring(end).strip(), line, raw);
        }
        if (t.startsWith("Điều ") && numberEnd(t.substring(5)) > 0) {
            int e = 5 + numberEnd(t.substring(5));
            return new StructureLine(Kind.ARTICLE, t.substring(5, e).replaceAll("[.)\\s]+$", ""),
                    t.substring(e).strip(), line, raw);
        }
        return new StructureLine(Kind.TEXT, null, t, line, raw);
    }

    static boolean startsWithMarker(String t) {
        return romanEnd(t) > 0 || numberEnd(t) > 0 || bulletEnd(t) > 0
                || (t.length() > 2 && Character.isLowerCase(t.charAt(0)) && t.charAt(1) == ')');
    }

    /** "II. X" → index after "II. "; roman numerals up to XX followed by '.', ')' or '-' and a space. */
    static int romanEnd(String t) {
        int i = 0;
        while (i < t.length() && i < 5 && "IVX".indexOf(t.charAt(i)) >= 0) {
            i++;
        }
        if (i == 0 || i + 2 > t.length()) {
            return -1;
        }
        char p = t.charAt(i);
        if (!(p == '.' || p == ')' || p == '-' || p == '–')) {
            return -1;
        }
        int j = i + 1;
        if (j >= t.length() || t.charAt(j) != ' ') {
            return -1;
        }
        while (j < t.length() && t.charAt(j) == ' ') {
            j++;
        }
        return j < t.length() && Character.isUpperCase(t.charAt(j)) ? j : -1;
    }

    /** "1. ", "1) ", "2.1 ", "2.3.1. " → index after the marker and its space; numbers up to two digits. */
    static int numberEnd(String t) {
        int i = 0;
        int parts = 0;
        boolean trailingPunct = false;
        while (true) {
            int s = i;
            while (i < t.length() && i - s < 3 && Character.isDigit(t.charAt(i))) {
                i++;
            }
            if (i == s || i - s > 2) {
                return parts > 0 && trailingPunct ? finish(t, i) : -1;
            }
            parts++;
            trailingPunct = false;
            if (i < t.length() && (t.charAt(i) == '.' || t.charAt(i) == ')')) {
                trailingPunct = true;
                i++;
                if (t.charAt(i - 1) == ')') {
                    return finish(t, i);
                }
            } else {
                break;
            }
        }
        return parts >= 2 || trailingPunct ? finish(t, i) : -1;
    }

    private static int finish(String t, int i) {
        if (i >= t.length() || t.charAt(i) != ' ') {
            return -1;
        }
        int j = i;
        while (j < t.length() && t.charAt(j) == ' ') {
            j++;
        }
        return j < t.length() && !Character.isDigit(t.charAt(j)) ? j : -1;
    }

    private static int bulletEnd(String t) {
        if (t.length() < 2) {
            return -1;
        }
        char c = t.charAt(0);
        if ("-–—•+*·".indexOf(c) < 0) {
            return -1;
        }
        char n = t.charAt(1);
        if (n == ' ') {
            int j = 1;
            while (j < t.length() && t.charAt(j) == ' ') {
                j++;
            }
            return j < t.length() ? j : -1;
        }
        return Character.isLetter(n) ? 1 : -1;
    }
}
