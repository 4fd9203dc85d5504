package vn.ttdn.intake.extraction;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ttdn.legal.VietnameseDates;
import vn.ttdn.planning.Timeframe.Kind;
import vn.ttdn.planning.Timeframe;

/**
 * Reads a printed "Thời gian thực hiện" into a {@link Timeframe}, keeping the text. The plan's year fills in
 * what the text leaves out ("trước ngày 15/11", "6 tháng đầu năm"). Simple, bounded patterns only.
 */
final class TimeframeParser {

    private static final Pattern QUARTER = Pattern.compile("quý\\s*(iv|iii|ii|i|[1-4])\\b(?:\\s*(?:/|năm)\\s*(\\d{4}))?");
    private static final Pattern RANGE = Pattern.compile("(\\d{4})\\s*[-–—]\\s*(\\d{4})");
    private static final Pattern MONTH_RANGE =
            Pattern.compile("từ tháng\\s*(\\d{1,2})(?:/(\\d{4}))?\\s*đến tháng\\s*(\\d{1,2})(?:/(\\d{4}))?");
    private static final Pattern IN_MONTH = Pattern.compile("tháng\\s*(\\d{1,2})\\s*(?:/|năm)\\s*(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?:năm\\s*)?\\b((?:19|20)\\d{2})\\b");
    private static final Pattern SIX_MONTHS = Pattern.compile("\\b0?6 tháng|sáu tháng");

    private TimeframeParser() {
    }

    static Timeframe parse(String printed, Integer planYear) {
        if (printed == null || printed.isBlank()) {
            return Timeframe.unspecified(null);
        }
        String text = AgencyListSplitter.trimPunctuation(printed);
        String t = text.toLowerCase(Locale.ROOT);
        if (t.contains("thường xuyên") || t.contains("liên tục")) {
            return new Timeframe(Kind.CONTINUOUS, text, null, null);
        }
        if (t.contains("hàng năm") || t.contains("hằng năm")) {
            return planYear == null ? new Timeframe(Kind.YEARLY, text, null, null)
                    : new Timeframe(Kind.YEARLY, text, LocalDate.of(planYear, 1, 1), LocalDate.of(planYear, 12, 31));
        }
        Timeframe tf = dueBy(text, t, planYear);
        if (tf == null) {
            tf = quarter(text, t, planYear);
        }
        if (tf == null) {
            tf = period(text, t, planYear);
        }
        if (tf == null) {
            tf = withinYear(text, t);
        }
        return tf != null ? tf : Timeframe.unspecified(text);
    }

    /** A duty's own "(hoàn thành trong Quý I/2025)" inside its text; unspecified when there is none. */
    static Timeframe completion(String content, Integer planYear) {
        int at = content.indexOf("(hoàn thành");
        int end = at < 0 ? -1 : content.indexOf(')', at);
        if (end < 0 || end - at > 80) {
            return Timeframe.unspecified(null);
        }
        Timeframe tf = parse(content.substring(at + 1, end), planYear);
        return tf.kind() == Kind.UNSPECIFIED ? Timeframe.unspecified(null) : tf;
    }

    private static Timeframe dueBy(String text, String t, Integer planYear) {
        int at = t.indexOf("trước ngày");
        int dateFrom = at + "trước ngày".length();
        if (at < 0) {
            at = t.indexOf("trước ");
            dateFrom = at + "trước ".length();
        }
        if (at >= 0) {
            while (dateFrom < t.length() && t.charAt(dateFrom) == ' ') {
                dateFrom++;
            }
            VietnameseDates.DateMatch d = VietnameseDates.numericAt(t, dateFrom);
            if (d != null && d.toDate(planYear) != null) {
                return new Timeframe(Kind.DUE_BY, text, null, d.toDate(planYear));
            }
        }
        boolean finish = t.contains("hoàn thành") || t.contains("trước tháng");
        Matcher m = IN_MONTH.matcher(t);
        if (finish && m.find()) {
            YearMonth ym = yearMonth(m.group(1), m.group(2));
            return ym == null ? null : new Timeframe(Kind.DUE_BY, text, null, ym.atEndOfMonth());
        }
        return null;
    }

    private static Timeframe quarter(String text, String t, Integer planYear) {
        Matcher m = QUARTER.matcher(t);
        if (!m.find()) {
            return null;
        }
        int q = switch (m.group(1)) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
        Integer year = m.group(2) != null ? Integer.valueOf(m.group(2)) : planYear;
        if (year == null) {
            return new Timeframe(Kind.WITHIN_QUARTER, text, null, null);
        }
        LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
        return new Timeframe(Kind.WITHIN_QUARTER, text, start, start.plusMonths(3).minusDays(1));
    }

    private static Timeframe period(String text, String t, Integer planYear) {
        Matcher r = RANGE.matcher(t);
        if (r.find()) {
            int a = Integer.parseInt(r.group(1));
            int b = Integer.parseInt(r.group(2));
            if (a <= b) {
                return new Timeframe(Kind.PERIOD, text, LocalDate.of(a, 1, 1), LocalDate.of(b, 12, 31));
            }
        }
        Matcher m = MONTH_RANGE.matcher(t);
        if (m.find()) {
            String endYear = m.group(4) != null ? m.group(4) : m.group(2);
            Integer y = endYear != null ? Integer.valueOf(endYear) : planYear;
            YearMonth from = y == null ? null : yearMonth(m.group(1), String.valueOf(m.group(2) != null ? m.group(2) : y));
            YearMonth to = y == null ? null : yearMonth(m.group(3), String.valueOf(y));
            return from == null || to == null ? new Timeframe(Kind.PERIOD, text, null, null)
                    : new Timeframe(Kind.PERIOD, text, from.atDay(1), to.atEndOfMonth());
        }
        if (SIX_MONTHS.matcher(t).find()) {
            Integer y = yearIn(t) != null ? yearIn(t) : planYear;
            boolean secondHalf = t.contains("cuối năm") || t.contains("sau");
            if (y == null) {
                return new Timeframe(Kind.PERIOD, text, null, null);
            }
            return secondHalf ? new Timeframe(Kind.PERIOD, text, LocalDate.of(y, 7, 1), LocalDate.of(y, 12, 31))
                    : new Timeframe(Kind.PERIOD, text, LocalDate.of(y, 1, 1), LocalDate.of(y, 6, 30));
        }
        return null;
    }

    private static Timeframe withinYear(String text, String t) {
        Integer y = yearIn(t);
        if (y == null) {
            return null;
        }
        return new Timeframe(Kind.WITHIN_YEAR, text, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
    }

    private static Integer yearIn(String t) {
        Matcher m = YEAR.matcher(t);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static YearMonth yearMonth(String month, String year) {
        int mo = Integer.parseInt(month);
        return mo < 1 || mo > 12 ? null : YearMonth.of(Integer.parseInt(year), mo);
    }
}
