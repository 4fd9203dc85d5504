package vn.ttdn.tracking.internal;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.ttdn.tracking.Dashboard;

/** Counts per month as a chart reads them: every month of the span in order, a month without any counting 0. */
final class MonthSeries {

    static final int MONTHS = 12;
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("MM/yyyy");

    private MonthSeries() {
    }

    /** The twelve months ending with {@code last}, oldest first. */
    static List<Dashboard.MonthCount> lastTwelve(YearMonth last, Map<YearMonth, Long> counts) {
        List<Dashboard.MonthCount> months = new ArrayList<>(MONTHS);
        for (int back = MONTHS - 1; back >= 0; back--) {
            YearMonth month = last.minusMonths(back);
            months.add(new Dashboard.MonthCount(LABEL.format(month), counts.getOrDefault(month, 0L)));
        }
        return months;
    }
}
