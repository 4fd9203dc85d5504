package vn.ttdn.intake.extraction;

import java.time.LocalDate;
import vn.ttdn.legal.VietnameseDates;

/**
 * The date of a header as printed: "ngày 03 tháng 4 năm 2020", "ngày 21/5/2018", and a draft's "ngày    tháng 4 năm
 * 2020" or "ngày … tháng … năm 2019" whose blanks are kept blank (month and year known, no date invented).
 *
 * @param ngayAt where the word "ngày" starts
 * @param end    the index after the year
 * @param date   the full date, or null when a part is blank
 */
record PrintedDate(int ngayAt, int end, LocalDate date, Integer month, int year) {

    private static final String FILLERS = " .…_";

    /** {start of "ngày", end of the year} of the first date whose "ngày" starts in [from, limit); null if none. */
    static int[] anchor(String s, int from, int limit) {
        PrintedDate d = find(s, from, limit);
        return d == null ? null : new int[] {d.ngayAt(), d.end()};
    }

    /** The first date with a printed year after a word "ngày" at a word start; null if none. */
    static PrintedDate find(String s, int from) {
        return find(s, from, s.length());
    }

    /** As {@link #find(String, int)} with the word "ngày" starting before {@code limit}. */
    static PrintedDate find(String s, int from, int limit) {
        for (int i = Math.max(0, from); i < limit && i + 4 <= s.length(); i++) {
            char c = s.charAt(i);
            if (c != 'n' && c != 'N' || !s.regionMatches(true, i, "ngày", 0, 4) || (i > 0 && Character.isLetter(s.charAt(i - 1)))) {
                continue;
            }
            PrintedDate d = at(s, i);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static PrintedDate at(String s, int ngay) {
        int p = ngay + 4;
        while (p < s.length() && s.charAt(p) == ' ') {
            p++;
        }
        VietnameseDates.DateMatch full = VietnameseDates.wordsAt(s, p);
        if (full == null) {
            full = VietnameseDates.numericAt(s, p);
        }
        if (full != null && full.year() != null) {
            return new PrintedDate(ngay, full.end(), full.toDate(), full.month(), full.year());
        }
        // a draft: day (and maybe month) left blank
        int q = skipFillers(s, skipDigits(s, p));
        if (!s.regionMatches(true, q, "tháng", 0, 5)) {
            return null;
        }
        q = skipFillers(s, q + 5);
        int monthFrom = q;
        q = skipDigits(s, q);
        Integer month = q > monthFrom && q - monthFrom <= 2 ? Integer.valueOf(s.substring(monthFrom, q)) : null;
        q = skipFillers(s, q);
        if (!s.regionMatches(true, q, "năm", 0, 3)) {
            return null;
        }
        q = skipFillers(s, q + 3);
        int yearFrom = q;
        q = skipDigits(s, q);
        if (q - yearFrom != 4) {
            return null;
        }
        return new PrintedDate(ngay, q, null, month == null || month < 1 || month > 12 ? null : month,
                Integer.parseInt(s.substring(yearFrom, q)));
    }

    private static int skipDigits(String s, int p) {
        int q = p;
        while (q < s.length() && q - p < 4 && s.charAt(q) >= '0' && s.charAt(q) <= '9') {
            q++;
        }
        return q;
    }

    private static int skipFillers(String s, int p) {
        int q = p;
        while (q < s.length() && q - p < 20 && FILLERS.indexOf(s.charAt(q)) >= 0) {
            q++;
        }
        return q;
    }
}
