package vn.ttdn.intake.extraction;

import java.util.Locale;
import java.util.Set;

/** Lines that page breaks and scanning leave in extracted text: page numbers, stray signature marks. */
final class PageDebris {

    private static final Set<String> PLACEHOLDERS = Set.of(
            "(chữ ký)", "(đã ký)", "(ký)", "(ký tên)", "(ký tên, đóng dấu)", "(ký, ghi rõ họ tên)", "(dấu)",
            "[chữ ký]", "(đã ký và đóng dấu)", "(ký và đóng dấu)", "(chữ ký số)");

    private PageDebris() {
    }

    static boolean isDebris(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return false;
        }
        if (PLACEHOLDERS.contains(t.toLowerCase(Locale.ROOT))) {
            return true;
        }
        return isPageNumber(t);
    }

    /** "3", "- 3 -", "Trang 3", "Trang 3/12", "3/12" alone on a line. */
    private static boolean isPageNumber(String t) {
        String s = t;
        if (s.regionMatches(true, 0, "trang ", 0, 6)) {
            s = s.substring(6).strip();
        }
        if (s.startsWith("-") && s.endsWith("-") && s.length() > 2) {
            s = s.substring(1, s.length() - 1).strip();
        }
        int slash = s.indexOf('/');
        if (slash > 0 && t.regionMatches(true, 0, "trang", 0, 5)) {
            return digits(s.substring(0, slash), 3) && digits(s.substring(slash + 1), 3);
        }
        return digits(s, 3);
    }

    private static boolean digits(String s, int max) {
        if (s.isEmpty() || s.length() > max) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
