package vn.ttdn.tracking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.ttdn.tracking.Dashboard.MonthCount;

class MonthSeriesTest {

    @Test
    void twelveMonthsEndingWithTheGivenOneAcrossTheNewYearWithZeroWhereNothingHappened() {
        var months = MonthSeries.lastTwelve(YearMonth.of(2026, 3),
                Map.of(YearMonth.of(2026, 3), 4L, YearMonth.of(2025, 4), 1L, YearMonth.of(2025, 3), 9L));
        assertThat(months).hasSize(12);
        assertThat(months.get(0)).isEqualTo(new MonthCount("04/2025", 1));
        assertThat(months.get(8)).isEqualTo(new MonthCount("12/2025", 0));
        assertThat(months.get(9)).isEqualTo(new MonthCount("01/2026", 0));
        assertThat(months.get(11)).isEqualTo(new MonthCount("03/2026", 4));
        assertThat(months).extracting(MonthCount::count).containsOnly(0L, 1L, 4L);
    }
}
