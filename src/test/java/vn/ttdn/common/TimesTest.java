package vn.ttdn.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** Times are the province's even when the JVM runs in UTC (surefire runs in Vietnam's zone, hiding the bug). */
class TimesTest {

    @Test
    void momentsAreShownInVietnamWhateverTheJvmZone() {
        TimeZone before = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        try {
            Instant stored = Instant.parse("2026-03-05T20:15:00Z");
            Times times = new Times();
            assertThat(times.format(stored)).isEqualTo("06/03/2026 03:15");
            assertThat(times.format(stored.atOffset(ZoneOffset.UTC))).isEqualTo("06/03/2026 03:15");
            assertThat(times.format(LocalDateTime.of(2026, 3, 5, 20, 15))).isEqualTo("06/03/2026 03:15");
            assertThat(times.date(OffsetDateTime.parse("2026-03-05T20:15:00Z"))).isEqualTo("06/03/2026");
            assertThat(Times.time(stored)).isEqualTo("03:15:00");
            assertThat(times.format(null)).isEmpty();
        } finally {
            TimeZone.setDefault(before);
        }
    }
}
