package vn.ttdn.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The charts as Chromium draws them: every bar labelled, whole-number ticks, a table a tap away, even cards. */
class DashboardChartsE2eTest extends BrowserTest {

    /** Per chart: its labels, the ticks of its category axis and the values of its count axis. */
    private static final String CHARTS = """
            () => [...document.querySelectorAll('canvas[data-chart]')].map(canvas => {
              const chart = Chart.getChart(canvas);
              if (!chart) { return { source: canvas.dataset.source, drawn: false }; }
              const result = { source: canvas.dataset.source, drawn: true, labels: chart.data.labels.length,
                               height: canvas.parentElement.clientHeight };
              if (chart.config.type !== 'doughnut') {
                const horizontal = chart.options.indexAxis === 'y';
                result.categoryTicks = (horizontal ? chart.scales.y : chart.scales.x).ticks.length;
                result.values = (horizontal ? chart.scales.x : chart.scales.y).ticks.map(t => t.value);
              }
              return result;
            })""";

    @Test
    @SuppressWarnings("unchecked")
    void onAPhoneEveryBarIsLabelledAndCountsTickInWholeNumbers() {
        Page p = newContext(new Browser.NewContextOptions().setViewportSize(375, 812).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true)).newPage();
        login(p, "dieuphoi");
        p.waitForURL("**/dashboard");
        p.waitForFunction("() => typeof Chart !== 'undefined'"
                + " && [...document.querySelectorAll('canvas[data-chart]')].every(c => Chart.getChart(c))");
        List<Map<String, Object>> charts = (List<Map<String, Object>>) p.evaluate(CHARTS);
        assertThat(charts).extracting(c -> c.get("source"))
                .contains("status-data", "plan-data", "agency-data", "month-data");
        for (Map<String, Object> chart : charts) {
            assertThat(chart.get("drawn")).as("%s drawn", chart.get("source")).isEqualTo(true);
            if (chart.containsKey("values")) {
                assertThat(((Number) chart.get("categoryTicks")).intValue()).as("labels of %s", chart.get("source"))
                        .isEqualTo(((Number) chart.get("labels")).intValue());
                assertThat((List<Number>) chart.get("values")).as("ticks of %s", chart.get("source")).isNotEmpty()
                        .allMatch(v -> v.doubleValue() == Math.rint(v.doubleValue()));
            }
        }
        Map<String, Object> agencies = charts.stream().filter(c -> "agency-data".equals(c.get("source")))
                .findFirst().orElseThrow();
        // Nineteen lead agencies need more room than the default box; it grew to give each its line.
        assertThat(((Number) agencies.get("height")).intValue()).isGreaterThan(260);
        assertThat(((Number) p.evaluate("() => document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(375);

        Locator months = p.locator("#month-table");
        assertThat(months).isHidden();
        p.locator("#month-table").locator("xpath=ancestor::details/summary").tap();
        assertThat(months).isVisible();
        assertThat(months.locator("tbody tr")).hasCount(12);
        shot(p, "20-phone-dashboard-charts");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theSummaryCardsStandEqualInHeight() {
        login(page, "dieuphoi");
        page.waitForURL("**/dashboard");
        List<Number> heights = (List<Number>) page.evaluate("() => [...document.querySelectorAll("
                + "'.dashboard-summary .card')].map(c => c.getBoundingClientRect().height)");
        assertThat(heights).hasSize(6).allMatch(h -> Math.abs(h.doubleValue() - heights.get(0).doubleValue()) < 0.5);
    }
}
