package vn.ttdn.legal;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Dates as Vietnamese documents print them: "07/9/2015", "07-9-2015", "07.9.2015" and
 * "ngày 29 tháng 12 năm 2023". Hand-written scanning, so any input is read in linear time.
 */
public final class VietnameseDates {

    /** A date read at a position; {@code year} may be null when the text gives only day and month. */
    public record DateMatch(int start, int end, int day, int month, Integer year) {
        public LocalDate toDate() {
            return toDate(year);
        }

        /** The date with the given year when the text had none; null if impossible (31/2). */
        public LocalDate toDate(Integer fallbackYear) {
            Integer y = year != null ? year : fallbackYear;
            if (y == null) {
                return null;
            }
            try {
                return LocalDate.of(y, month, day);
            } catch (DateTimeException e) {
                return null;
            }
        }
    }

    private VietnameseDates() {
    }

    /** "dd/mm[/yyyy]" (slash, dash or dot) starting at {@code i}; null if there is none. */
    public static DateMatch numericAt(String s, int i) {
        int[] day = readInt(s, i, 2);
        if (day == null || day[0] < 1 || day[0] > 31) {
            return null;
        }
        int p = day[1];
        if (p >= s.length() || !isSep(s.charAt(p))) {
            return null;
        }
        char sep = s.charAt(p);
        int[] month = readInt(s, p + 1, 2);
        if (month == null || month[0] < 1 || month[0] > 12) {
            return null;
        }
        p = month[1];
        if (p + 1 < s.length() && s.charAt(p) == sep) {
            int[] year = readInt(s, p + 1, 4);
            if (year != null && year[1] - (p + 1) == 4) {
                return new DateMatch(i, year[1], day[0], month[0], year[0]);
            }
        }
        if (p < s.length() && Character.isLetterOrDigit(s.charAt(p))) {
            return null;
        }
        return new DateMatch(i, p, day[0], month[0], null);
    }

    /** "29 tháng 12 năm 2023" starting at {@code i} (the word "ngày" before it is not included). */
    public static DateMatch wordsAt(String s, int i) {
        int[] day = readInt(s, i, 2);
        if (day == null) {
            return null;
        }
        int p = expectWord(s, day[1], "tháng");
        int[] month = p < 0 ? null : readInt(s, p, 2);
        if (month == null) {
            return null;
        }
        p = expectWord(s, month[1], "năm");
        int[] year = p < 0 ? null : readInt(s, p, 4);
        if (year == null || day[0] < 1 || day[0] > 31 || month[0] < 1 || month[0] > 12) {
            return null;
        }
        return new DateMatch(i, year[1], day[0], month[0], year[0]);
    }

    /** The first date after "ngày" in {@code s[from, to)}; null if none. */
    public static DateMatch afterNgay(String s, int from, int to) {
        int limit = Math.min(to, s.length());
        int idx = indexOfIgnoreCase(s, "ngày", from, limit);
        while (idx >= 0) {
            int p = idx + 4;
            while (p < limit && s.charAt(p) == ' ') {
                p++;
            }
            DateMatch m = wordsAt(s, p);
            if (m == null) {
                m = numericAt(s, p);
            }
            if (m != null) {
                return m;
            }
            idx = indexOfIgnoreCase(s, "ngày", idx + 4, limit);
        }
        return null;
    }

    static int indexOfIgnoreCase(String s, String word, int from, int to) {
        int n = word.length();
        for (int i = Math.max(0, from); i + n <= to; i++) {
            if (s.regionMatches(true, i, word, 0, n)) {
                return i;
            }
        }
        return -1;
    }

    private static int expectWord(String s, int i, String word) {
        int p = i;
        while (p < s.length() && s.charAt(p) == ' ') {
            p++;
        }
        if (!s.regionMatches(true, p, word, 0, word.length())) {
            return -1;
        }
        p += word.length();
        int start = p;
        while (p < s.length() && s.charAt(p) == ' ') {
            p++;
        }
        return p > start ? p : -1;
    }

    private static boolean isSep(char c) {
        return c == '/' || c == '-' || c == '.';
    }

    /** Reads 1..maxDigits ASCII digits; returns {value, endIndex} or null. */
    private static int[] readInt(String s, int i, int maxDigits) {
        int p = i;
        int v = 0;
        while (p < s.length() && p - i < maxDigits && s.charAt(p) >= '0' && s.charAt(p) <= '9') {
            v = v * 10 + (s.charAt(p) - '0');
            p++;
        }
        if (p == i || (p < s.length() && s.charAt(p) >= '0' && s.charAt(p) <= '9')) {
            return null;
        }
        return new int[] {v, p};
    }
}
