package vn.ttdn.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TimeframeTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 1);

    @Test
    void aTaskPastItsEndAndNotFinishedIsOverdue() {
        Timeframe due = new Timeframe(Timeframe.Kind.DUE_BY, "trước ngày 15/5", null, LocalDate.of(2025, 5, 15));
        assertThat(due.isOverdue(TODAY, false)).isTrue();
        assertThat(due.isOverdue(TODAY, true)).isFalse();
        assertThat(due.isOverdue(LocalDate.of(2025, 5, 15), false)).isFalse();
    }

    @Test
    void continuousWorkAndWorkWithoutDatesAreNeverOverdue() {
        assertThat(new Timeframe(Timeframe.Kind.CONTINUOUS, "Thường xuyên", null, LocalDate.of(2020, 1, 1))
                .isOverdue(TODAY, false)).isFalse();
        assertThat(Timeframe.unspecified("Theo kế hoạch").isOverdue(TODAY, false)).isFalse();
    }

    @Test
    void aTimeframeIsWordedFromItsKindAndDatesSoThatAnyLanguageCanSayIt() {
        assertThat(new Timeframe(Timeframe.Kind.CONTINUOUS, "Thường xuyên", null, null).wording())
                .isEqualTo(new Timeframe.Wording("timeframe.CONTINUOUS"));
        assertThat(new Timeframe(Timeframe.Kind.WITHIN_YEAR, "Trong năm 2026", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)).wording()).isEqualTo(new Timeframe.Wording("timeframe.inYear", "2026"));
        assertThat(new Timeframe(Timeframe.Kind.WITHIN_QUARTER, "hoàn thành trong Quý I/2025", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31)).wording())
                .isEqualTo(new Timeframe.Wording("timeframe.inQuarter", "I", "2025", "1"));
        assertThat(new Timeframe(Timeframe.Kind.DUE_BY, "Trước ngày 15/11", null, LocalDate.of(2026, 11, 15)).wording())
                .isEqualTo(new Timeframe.Wording("timeframe.dueBy", "15/11/2026"));
        assertThat(new Timeframe(Timeframe.Kind.PERIOD, "từ tháng 3 đến tháng 6/2025", LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 6, 30)).wording())
                .isEqualTo(new Timeframe.Wording("timeframe.period", "01/03/2025", "30/06/2025"));
    }

    @Test
    void withoutTheDatesItNeedsAWordingFallsBackToItsKind() {
        assertThat(new Timeframe(Timeframe.Kind.DUE_BY, "Theo chỉ đạo", null, null).wording())
                .isEqualTo(new Timeframe.Wording("timeframe.DUE_BY"));
        assertThat(new Timeframe(Timeframe.Kind.PERIOD, "Giai đoạn 2025 - 2030", null, LocalDate.of(2030, 12, 31))
                .wording()).isEqualTo(new Timeframe.Wording("timeframe.until", "31/12/2030"));
        assertThat(Timeframe.unspecified("Theo kế hoạch").wording())
                .isEqualTo(new Timeframe.Wording("timeframe.UNSPECIFIED"));
    }
}
