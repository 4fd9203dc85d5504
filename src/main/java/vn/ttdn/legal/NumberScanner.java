package vn.ttdn.legal;

/**
 * Reads a document number at a position with a hand-written scanner: linear time, no regular-expression
 * backtracking, tolerant of the spaces and dash variants that typing and PDF extraction leave
 * ("13980 /KH-UBND", "57- KL/TW", "NĐ– CP").
 */
final class NumberScanner {

    record Match(int start, int end, String number, Integer year, String rawSymbol) {
        DocumentNumber toNumber(String printed) {
            return new DocumentNumber(printed, number, year, DocumentNumber.canonicalSymbol(rawSymbol));
        }
    }

    private NumberScanner() {
    }

    static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—' || c == '‐' || c == '‑' || c == '−';
    }

    /** A match starting exactly at {@code start}, or null. */
    static Match matchAt(String s, int start) {
        int i = start;
        int digits = 0;
        while (i < s.length() && isAsciiDigit(s.charAt(i)) && digits < 7) {
            i++;
            digits++;
        }
        if (digits == 0 || (i < s.length() && isAsciiDigit(s.charAt(i)))) {
            return null;
        }
        // "30c/NQ-CP", "36a/NQ-CP": a letter added to a number taken by a document of the same series
        if (i + 1 < s.length() && Character.isLetter(s.charAt(i)) && s.charAt(i) < 128
                && (s.charAt(i + 1) == '/' || isDash(s.charAt(i + 1)))) {
            i++;
        }
        String number = s.substring(start, i);
        i = skipSpaces(s, i);
        if (i >= s.length() || !(s.charAt(i) == '/' || isDash(s.charAt(i)))) {
            return null;
        }
        i = skipSpaces(s, i + 1);
        Integer year = null;
        int afterYear = yearEnd(s, i);
        if (afterYear > 0) {
            year = Integer.parseInt(s.substring(i, i + 4));
            i = afterYear;
        }
        int symbolStart = i;
        int symbolEnd = symbolEnd(s, i);
        if (symbolEnd < 0) {
            return null;
        }
        return new Match(start, symbolEnd, number, year, s.substring(symbolStart, symbolEnd));
    }

    /** After "2015/" (with optional spaces) returns the index past the slash, else -1. */
    private static int yearEnd(String s, int i) {
        if (i + 4 > s.length()) {
            return -1;
        }
        for (int k = i; k < i + 4; k++) {
            if (!isAsciiDigit(s.charAt(k))) {
                return -1;
            }
        }
        int j = skipSpaces(s, i + 4);
        if (j < s.length() && s.charAt(j) == '/') {
            return skipSpaces(s, j + 1);
        }
        return -1;
    }

    /** Parts like "KH", "UBND", "CTr", "QH13" joined by '/' or dashes; -1 when there is no valid symbol. */
    private static int symbolEnd(String s, int i) {
        int end = -1;
        int upperTotal = 0;
        int pos = i;
        while (true) {
            int partEnd = partEnd(s, pos);
            if (partEnd < 0) {
                break;
            }
            upperTotal += upperCount(s, pos, partEnd);
            end = partEnd;
            int j = skipSpaces(s, partEnd);
            if (j < s.length() && (s.charAt(j) == '/' || isDash(s.charAt(j)))) {
                pos = skipSpaces(s, j + 1);
                int suffix = suffixEnd(s, j);
                if (suffix > 0 && upperTotal >= 2) {
                    return suffix;
                }
            } else {
                break;
            }
        }
        return upperTotal >= 2 ? end : -1;
    }

    /** A letter's lower-case suffix after a dash ("123/BNG-VP-m": m for mật); the index past it, else -1. */
    private static int suffixEnd(String s, int dash) {
        if (!isDash(s.charAt(dash))) {
            return -1;
        }
        int k = dash + 1;
        while (k < s.length() && k - dash <= 3 && s.charAt(k) >= 'a' && s.charAt(k) <= 'z') {
            k++;
        }
        int letters = k - dash - 1;
        boolean ends = k == s.length() || !Character.isLetterOrDigit(s.charAt(k));
        return letters >= 1 && letters <= 2 && ends ? k : -1;
    }

    private static int partEnd(String s, int i) {
        if (i >= s.length() || !Character.isUpperCase(s.charAt(i))) {
            return -1;
        }
        int j = i;
        int upper = 0;
        int lower = 0;
        while (j < s.length() && j - i < 16) {
            char c = s.charAt(j);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            } else if (!(isAsciiDigit(c) || c == '&')) {
                break;
            }
            j++;
        }
        if (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
            return -1;
        }
        // "Đài", "Chính" are words, not abbreviations; "CTr", "QyĐ" are.
        return lower > upper ? -1 : j;
    }

    private static int upperCount(String s, int from, int to) {
        int n = 0;
        for (int k = from; k < to; k++) {
            if (Character.isUpperCase(s.charAt(k))) {
                n++;
            }
        }
        return n;
    }

    private static int skipSpaces(String s, int i) {
        int j = i;
        int n = 0;
        while (j < s.length() && (s.charAt(j) == ' ' || s.charAt(j) == '\u00A0') && n < 2) {
            j++;
            n++;
        }
        return j;
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
