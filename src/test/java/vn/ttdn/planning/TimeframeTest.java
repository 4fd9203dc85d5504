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
}
