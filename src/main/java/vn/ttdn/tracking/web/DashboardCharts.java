package vn.ttdn.tracking.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import vn.ttdn.tracking.Dashboard;

/**
 * A dashboard's charts as Chart.js configurations (type, data, options). They are embedded in a non-executed script
 * element (the page's Content-Security-Policy allows no inline script), so "<", ">" and "&" are written as JSON
 * escapes to keep it inside that element. Counts are whole numbers, so every value axis ticks in integers; every
 * category is labelled (no skipping), long labels wrapped over lines so they fit beside a bar on a phone.
 */
final class DashboardCharts {

    /** Bars drawn at most; the table beside the chart lists every row. */
    static final int MAX_BARS = 40;
    private static final int LABEL_CHARS = 60;
    private static final int LINE_WIDTH = 22;
    private static final double CAPITAL_WIDTH = 1.35;
    /** No markup character survives as such: a plan titled "<script>…" stays text inside JSON strings. */
    private static final JsonMapper JSON = JsonMapper.builder(tools.jackson.core.json.JsonFactory.builder()
            .characterEscapes(new MarkupEscapes()).build()).build();

    /** Markup characters escaped by the generator as it writes, in one pass (three replace passes cost more). */
    private static final class MarkupEscapes extends tools.jackson.core.io.CharacterEscapes {
        private final int[] escapes = standardAsciiEscapesForJSON();

        MarkupEscapes() {
            escapes['<'] = ESCAPE_STANDARD;
            escapes['>'] = ESCAPE_STANDARD;
            escapes['&'] = ESCAPE_STANDARD;
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return escapes;
        }

        @Override
        public tools.jackson.core.SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }

    private DashboardCharts() {
    }

    static String status(Dashboard.Totals t, List<String> labels, String seriesLabel) {
        Map<String, Object> data = dataset(seriesLabel, null, List.of(t.notStarted(), t.inProgress(), t.done(),
                t.cancelled()));
        data.put("backgroundColor", List.of("#6c757d", "#0d6efd", "#198754", "#adb5bd"));
        return json(config("doughnut", labels, List.of(data), Map.of()));
    }

    /** Stacked horizontal bars, one per row: done, open, overdue. */
    static String rows(List<Dashboard.Row> rows, List<String> seriesLabels) {
        List<Dashboard.Row> drawn = rows.subList(0, Math.min(rows.size(), MAX_BARS));
        List<Object> labels = drawn.stream().<Object>map(r -> wrap(r.label())).toList();
        List<Map<String, Object>> datasets = List.of(
                dataset(seriesLabels.get(0), "#198754", drawn.stream().map(Dashboard.Row::done).toList()),
                dataset(seriesLabels.get(1), "#0d6efd", drawn.stream().map(Dashboard.Row::open).toList()),
                dataset(seriesLabels.get(2), "#dc3545", drawn.stream().map(Dashboard.Row::overdue).toList()));
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("indexAxis", "y");
        options.put("scales", Map.of("x", valueAxis(true), "y", categoryAxis(true)));
        return json(config("bar", labels, datasets, options));
    }

    static String months(List<Dashboard.MonthCount> months, String label) {
        List<Object> labels = months.stream().<Object>map(Dashboard.MonthCount::month).toList();
        Map<String, Object> counts = dataset(label, "#8b1d1d", months.stream().map(Dashboard.MonthCount::count).toList());
        return json(config("bar", labels, List.of(counts),
                Map.of("scales", Map.of("x", categoryAxis(false), "y", valueAxis(false)))));
    }

    /**
     * The label on lines that fit beside a bar: Chart.js gives the labels at most half the chart's width and clips
     * the rest, about 25 lowercase characters on a phone. Capitals are wider (plan titles are often all capitals),
     * so a line holds {@value #LINE_WIDTH} units, a capital counting {@value #CAPITAL_WIDTH}. The label is cut at
     * {@value #LABEL_CHARS} characters with "…"; the table beside the chart has it whole.
     */
    static List<String> wrap(String label) {
        String text = label == null || label.isBlank() ? "—" : label.strip();
        if (text.length() > LABEL_CHARS) {
            text = text.substring(0, LABEL_CHARS).strip() + "…";
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            if (!line.isEmpty() && width(line) + 1 + width(word) > LINE_WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }

    static double width(CharSequence text) {
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            width += Character.isUpperCase(text.charAt(i)) ? CAPITAL_WIDTH : 1;
        }
        return width;
    }

    private static Map<String, Object> valueAxis(boolean stacked) {
        return Map.of("stacked", stacked, "beginAtZero", true, "ticks", Map.of("precision", 0));
    }

    private static Map<String, Object> categoryAxis(boolean stacked) {
        return Map.of("stacked", stacked, "ticks", Map.of("autoSkip", false));
    }

    private static Map<String, Object> config(String type, List<?> labels, List<Map<String, Object>> datasets,
                                              Map<String, Object> options) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("data", Map.of("labels", labels, "datasets", datasets));
        config.put("options", options);
        return config;
    }

    private static Map<String, Object> dataset(String label, String color, List<?> data) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("label", label);
        if (color != null) {
            m.put("backgroundColor", color);
            m.put("borderColor", color);
        }
        m.put("data", data);
        return m;
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }
}
