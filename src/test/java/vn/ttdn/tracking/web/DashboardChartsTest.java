package vn.ttdn.tracking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ttdn.tracking.Dashboard;

/** Chart configurations: labels that fit beside a bar, integer ticks, no label skipped, no markup let through. */
class DashboardChartsTest {

    private static final List<String> SERIES = List.of("Hoàn thành", "Chưa xong", "Quá hạn");

    @Test
    void aLongLabelIsWrappedOverLinesThatFitHalfAPhoneAndCutWithAnEllipsis() {
        List<String> lines = DashboardCharts.wrap("Kế hoạch thông tin đối ngoại tỉnh Tuyên Quang năm 2026 về"
                + " quảng bá hình ảnh, con người và tiềm năng du lịch");
        assertThat(lines).hasSizeBetween(3, 4).allMatch(line -> DashboardCharts.width(line) <= 22);
        assertThat(lines.get(lines.size() - 1)).endsWith("…");
        assertThat(DashboardCharts.wrap("UBND các xã, phường, đặc khu")).containsExactly("UBND các xã, phường,", "đặc khu");
        assertThat(DashboardCharts.wrap("Sở Ngoại vụ")).containsExactly("Sở Ngoại vụ");
        assertThat(DashboardCharts.wrap(null)).containsExactly("—");
    }

    @Test
    void capitalsTakeMoreRoomSoATitleInCapitalsWrapsSooner() {
        List<String> capitals = DashboardCharts.wrap("KẾ HOẠCH THÔNG TIN ĐỐI NGOẠI NĂM 2025");
        assertThat(capitals).hasSizeGreaterThan(DashboardCharts.wrap("Kế hoạch thông tin đối ngoại năm 2025").size())
                .allMatch(line -> DashboardCharts.width(line) <= 22);
    }

    @Test
    void barsAreHorizontalEveryLabelShownAndTheCountsTickInWholeNumbers() {
        JsonNode chart = read(DashboardCharts.rows(rows(3), SERIES));
        assertThat(chart.get("type").asString()).isEqualTo("bar");
        JsonNode options = chart.get("options");
        assertThat(options.get("indexAxis").asString()).isEqualTo("y");
        assertThat(options.at("/scales/y/ticks/autoSkip").asBoolean(true)).isFalse();
        assertThat(options.at("/scales/x/ticks/precision").asInt(-1)).isZero();
        assertThat(chart.at("/data/datasets/1/data/0").asLong()).isEqualTo(10 - 2 - 1);
    }

    @Test
    void aLongListIsDrawnUpToTheLimitAndTheRestLeftToTheTable() {
        JsonNode chart = read(DashboardCharts.rows(rows(DashboardCharts.MAX_BARS + 5), SERIES));
        assertThat(chart.at("/data/labels").size()).isEqualTo(DashboardCharts.MAX_BARS);
    }

    @Test
    void monthsTickInWholeNumbersFromZeroWithEveryMonthLabelled() {
        JsonNode chart = read(DashboardCharts.months(List.of(new Dashboard.MonthCount("01/2026", 0),
                new Dashboard.MonthCount("02/2026", 3)), "Số cập nhật"));
        assertThat(chart.at("/scales").isMissingNode()).isTrue();
        assertThat(chart.at("/options/scales/y/ticks/precision").asInt(-1)).isZero();
        assertThat(chart.at("/options/scales/y/beginAtZero").asBoolean()).isTrue();
        assertThat(chart.at("/options/scales/x/ticks/autoSkip").asBoolean(true)).isFalse();
        assertThat(chart.at("/data/datasets/0/data").toString()).isEqualTo("[0,3]");
    }

    @Test
    void markupInALabelStaysInsideTheScriptElement() {
        String json = DashboardCharts.rows(List.of(new Dashboard.Row(1L, "</script><b>&", 1, 0, 0, 0)), SERIES);
        assertThat(json).doesNotContain("<", ">", "&");
        assertThat(read(json).at("/data/labels/0/0").asString()).isEqualTo("</script><b>&");
    }

    private static List<Dashboard.Row> rows(int n) {
        List<Dashboard.Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            rows.add(new Dashboard.Row((long) i, "Đơn vị " + i, 10, 2, 1, 40));
        }
        return rows;
    }

    private static JsonNode read(String json) {
        return JsonMapper.builder().build().readTree(json);
    }
}
