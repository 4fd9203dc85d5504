package vn.ttdn.tracking.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.ttdn.tracking.Dashboard;

/**
 * The data of a dashboard's charts as Chart.js JSON. It is embedded in a non-executed script element (the page's
 * Content-Security-Policy allows no inline script), so "<", ">" and "&" are written as JSON escapes to keep it
 * inside that element.
 */
final class DashboardCharts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private DashboardCharts() {
    }

    static String status(Dashboard.Totals t, List<String> labels) {
        return json(Map.of("labels", labels, "datasets", List.of(Map.of(
                "data", List.of(t.notStarted(), t.inProgress(), t.done(), t.cancelled()),
                "backgroundColor", List.of("#6c757d", "#0d6efd", "#198754", "#adb5bd")))));
    }

    static String rows(List<Dashboard.Row> rows, List<String> seriesLabels) {
        List<String> labels = rows.stream().map(r -> shorten(r.label())).toList();
        Map<String, Object> done = dataset(seriesLabels.get(0), "#198754", rows.stream().map(Dashboard.Row::done).toList());
        Map<String, Object> open = dataset(seriesLabels.get(1), "#0d6efd",
                rows.stream().map(r -> r.tasks() - r.done() - r.overdue()).toList());
        Map<String, Object> overdue = dataset(seriesLabels.get(2), "#dc3545",
                rows.stream().map(Dashboard.Row::overdue).toList());
        return json(Map.of("labels", labels, "datasets", List.of(done, open, overdue)));
    }

    static String months(List<Dashboard.MonthCount> months, String label) {
        return json(Map.of("labels", months.stream().map(Dashboard.MonthCount::month).toList(),
                "datasets", List.of(dataset(label, "#8b1d1d", months.stream().map(Dashboard.MonthCount::count).toList()))));
    }

    private static Map<String, Object> dataset(String label, String color, List<?> data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        m.put("backgroundColor", color);
        m.put("borderColor", color);
        m.put("data", data);
        return m;
    }

    private static String shorten(String s) {
        return s == null ? "—" : s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    private static String json(Object value) {
        // No markup character survives as such: a plan titled "<script>…" stays text inside JSON strings.
        return JSON.writeValueAsString(value).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
