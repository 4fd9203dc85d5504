package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a printed list of agencies into names, keeping each name and group as printed.
 * A comma, semicolon or "và" starts a new agency only when what follows begins like an agency name
 * ({@link AgencyNames}); so "Sở Văn hóa, Thể thao và Du lịch" and "UBND các huyện, thị xã, thành phố" stay
 * whole while "Ban Tuyên giáo Tỉnh ủy, Sở Thông tin và Truyền thông và các cơ quan có liên quan" gives three.
 */
final class AgencyListSplitter {

    private AgencyListSplitter() {
    }

    static List<String> split(String printed) {
        List<String> out = new ArrayList<>();
        if (printed == null) {
            return out;
        }
        String text = trimPunctuation(printed);
        StringBuilder current = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != ';') {
                continue;
            }
            String segment = text.substring(start, i).strip();
            char separator = start > 0 ? text.charAt(start - 1) : ',';
            if (current.length() == 0) {
                current.append(segment);
            } else if (isNewAgency(segment)) {
                addSplitOnVa(out, current.toString());
                current.setLength(0);
                current.append(segment);
            } else if (!segment.isEmpty()) {
                current.append(separator).append(' ').append(segment);
            }
            start = i + 1;
        }
        addSplitOnVa(out, current.toString());
        return out;
    }

    private static boolean isNewAgency(String segment) {
        int words = segment.isEmpty() ? 0 : segment.split(" +").length;
        if (AgencyNames.startsWithAgency(segment) && words >= 2) {
            return true;
        }
        // "đơn vị lực lượng vũ trang" after "các cơ quan báo chí": a long lower-case phrase is its own group.
        return words > 4 && Character.isLowerCase(segment.charAt(0)) && !segment.contains("liên quan");
    }

    private static void addSplitOnVa(List<String> out, String item) {
        String rest = item;
        int from = 0;
        while (true) {
            int va = rest.indexOf(" và ", from);
            if (va < 0) {
                break;
            }
            String after = rest.substring(va + 4);
            if (AgencyNames.startsWithAgency(after) && after.strip().split(" +").length >= 2) {
                add(out, rest.substring(0, va));
                rest = after;
                from = 0;
            } else {
                from = va + 4;
            }
        }
        add(out, rest);
    }

    private static void add(List<String> out, String name) {
        String n = trimPunctuation(name);
        if (!n.isEmpty()) {
            out.add(n);
        }
    }

    static String trimPunctuation(String s) {
        String t = s.strip();
        int e = t.length();
        while (e > 0 && ".,;:".indexOf(t.charAt(e - 1)) >= 0) {
            e--;
        }
        int b = 0;
        while (b < e && ".,;:-–".indexOf(t.charAt(b)) >= 0) {
            b++;
        }
        return t.substring(b, e).strip();
    }
}
