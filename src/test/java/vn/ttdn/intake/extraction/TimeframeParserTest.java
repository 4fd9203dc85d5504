package vn.ttdn.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.ttdn.planning.Timeframe;

class TimeframeParserTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Thường xuyên.                 | CONTINUOUS     | -          | -",
            "Hàng năm                      | YEARLY         | 2025-01-01 | 2025-12-31",
            "Hằng năm                      | YEARLY         | 2025-01-01 | 2025-12-31",
            "Trong năm 2025                | WITHIN_YEAR    | 2025-01-01 | 2025-12-31",
            "Năm 2026                      | WITHIN_YEAR    | 2026-01-01 | 2026-12-31",
            "Quý I/2025                    | WITHIN_QUARTER | 2025-01-01 | 2025-03-31",
            "Quý III năm 2025              | WITHIN_QUARTER | 2025-07-01 | 2025-09-30",
            "quý 4                         | WITHIN_QUARTER | 2025-10-01 | 2025-12-31",
            "trước ngày 15/11              | DUE_BY         | -          | 2025-11-15",
            "Trước ngày 30/6/2026          | DUE_BY         | -          | 2026-06-30",
            "Hoàn thành trong tháng 6/2025 | DUE_BY         | -          | 2025-06-30",
            "06 tháng                      | PERIOD         | 2025-01-01 | 2025-06-30",
            "6 tháng đầu năm               | PERIOD         | 2025-01-01 | 2025-06-30",
            "6 tháng cuối năm              | PERIOD         | 2025-07-01 | 2025-12-31",
            "Giai đoạn 2025-2030           | PERIOD         | 2025-01-01 | 2030-12-31",
            "Từ tháng 3 đến tháng 6/2025   | PERIOD         | 2025-03-01 | 2025-06-30",
            "Theo chỉ đạo của tỉnh         | UNSPECIFIED    | -          | -"})
    void readsPrintedTimeframes(String text, Timeframe.Kind kind, LocalDate start, LocalDate end) {
        Timeframe tf = TimeframeParser.parse(text, 2025);
        assertThat(tf.kind()).isEqualTo(kind);
        assertThat(tf.start()).isEqualTo(start);
        assertThat(tf.end()).isEqualTo(end);
        assertThat(tf.text()).isEqualTo(text.replaceAll("\\.$", ""));
    }

    @org.junit.jupiter.api.Test
    void nothingPrintedIsUnspecifiedWithoutText() {
        assertThat(TimeframeParser.parse(null, 2025)).isEqualTo(Timeframe.unspecified(null));
    }
}
