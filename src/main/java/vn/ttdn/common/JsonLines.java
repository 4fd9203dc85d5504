package vn.ttdn.common;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Text kept one item a line (aliases, a legal basis), read from JSON either as that text or as the list a resource
 * shows it as: strings, or objects whose first present named property is the item's text.
 */
public final class JsonLines {

    private JsonLines() {
    }

    /** The lines of a JSON value: a string as it is, a list joined one item a line, null as null. */
    public static String of(Object value, String... textProperties) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (!(value instanceof Collection<?> items)) {
            return value.toString();
        }
        List<String> lines = new ArrayList<>();
        for (Object item : items) {
            String text = item instanceof Map<?, ?> object ? first(object, textProperties) : String.valueOf(item);
            if (text != null && !text.isBlank()) {
                lines.add(text.strip());
            }
        }
        return String.join("\n", lines);
    }

    private static String first(Map<?, ?> object, String... properties) {
        for (String property : properties) {
            if (object.get(property) instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return null;
    }
}
