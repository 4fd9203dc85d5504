package vn.ttdn.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.stereotype.Component;
import org.unbescape.html.HtmlEscape;

/** Builds a list's query string with some parameters changed, for sort headers, pagers and export links. */
@Component("queryStrings")
public class QueryStrings {

    public String with(Map<String, String[]> current, Object... keyValues) {
        Map<String, String[]> params = current == null ? new LinkedHashMap<>() : new LinkedHashMap<>(current);
        params.remove("_csrf");
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            params.put(String.valueOf(keyValues[i]), new String[]{String.valueOf(keyValues[i + 1])});
        }
        StringJoiner joiner = new StringJoiner("&");
        params.forEach((key, values) -> {
            for (String value : values) {
                joiner.add(encode(key) + "=" + encode(value));
            }
        });
        return joiner.toString();
    }

    /**
     * A sortable column's link, as the fragment {@code lists :: sortable} writes it: ascending first, descending when
     * the list is already sorted ascending by this key, back to the first page; the arrow shows the current order.
     * One expression instead of eight: the headers were a good part of what a list's template cost.
     */
    public String sortLink(Map<String, String[]> current, String key, String label) {
        boolean sorted = key.equals(first(current, "sort"));
        boolean descending = "desc".equals(first(current, "dir"));
        String href = "?" + with(current, "sort", key, "dir", sorted && !descending ? "desc" : "asc", "page", "0");
        String shown = (label == null ? "" : label) + (sorted ? (descending ? " ▼" : " ▲") : "");
        return "<a class=\"text-reset text-decoration-none\" href=\"" + HtmlEscape.escapeHtml4Xml(href) + "\">"
                + HtmlEscape.escapeHtml4Xml(shown) + "</a>";
    }

    private static String first(Map<String, String[]> params, String name) {
        String[] values = params == null ? null : params.get(name);
        return values == null || values.length == 0 ? null : values[0];
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
