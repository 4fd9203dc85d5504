package vn.ttdn.web.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;
import org.springframework.stereotype.Component;

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

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
