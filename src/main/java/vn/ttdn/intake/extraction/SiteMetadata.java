package vn.ttdn.intake.extraction;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import vn.ttdn.legal.DocumentNumber;
import vn.ttdn.legal.VietnameseDates;

/**
 * The block a legal-document web site prints above its copy ("Số hiệu: 12/KH-UBND", "Loại văn bản: Kế hoạch",
 * "Nơi ban hành: Tỉnh Gia Lai", "Ngày ban hành: 03/04/2020", "Người ký: …", "Tình trạng: …"), as label-value pairs on
 * one line each, several to a line, or label and value in separate cells. It is evidence only: the document's own
 * header wins, and the block's lines never become header fields themselves.
 */
final class SiteMetadata {

    /** Longest first where one label begins another. */
    private static final List<String> LABELS = List.of(
            "số hiệu", "loại văn bản", "nơi ban hành", "cơ quan ban hành", "người ký", "ngày ban hành",
            "ngày hiệu lực", "ngày hết hiệu lực", "ngày công báo", "số công báo", "tình trạng hiệu lực", "tình trạng",
            "lĩnh vực", "ngày đăng");

    private static final List<String> PLACE_PREFIXES = List.of(
            "ủy ban nhân dân tỉnh ", "uỷ ban nhân dân tỉnh ", "ubnd tỉnh ", "ủy ban nhân dân thành phố ",
            "uỷ ban nhân dân thành phố ", "ubnd thành phố ", "hđnd tỉnh ", "tỉnh ", "thành phố ", "tp. ");

    DocumentNumber number;
    String kind;
    String place;
    LocalDate date;

    /** Reads a metadata line into the evidence; false (and nothing read) when the line is not one. */
    boolean read(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        if (labelAt(lower, 0) == null) {
            return false;
        }
        int pos = 0;
        while (pos < line.length()) {
            String label = labelAt(lower, pos);
            int valueFrom = afterColon(line, pos + label.length());
            int next = nextLabel(lower, valueFrom);
            accept(label, clean(line.substring(valueFrom, next)));
            pos = next;
        }
        return true;
    }

    /** The label starting at {@code i} and followed by a colon, or null. */
    private static String labelAt(String lower, int i) {
        for (String l : LABELS) {
            if (lower.startsWith(l, i)) {
                int p = i + l.length();
                while (p < lower.length() && lower.charAt(p) == ' ') {
                    p++;
                }
                if (p < lower.length() && lower.charAt(p) == ':') {
                    return l;
                }
            }
        }
        return null;
    }

    private static int afterColon(String line, int from) {
        int c = line.indexOf(':', from);
        return c < 0 ? line.length() : c + 1;
    }

    private static int nextLabel(String lower, int from) {
        for (int i = from; i < lower.length(); i++) {
            char prev = i == 0 ? ' ' : lower.charAt(i - 1);
            if ((prev == ' ' || prev == '\t' || prev == '|') && labelAt(lower, i) != null) {
                return i;
            }
        }
        return lower.length();
    }

    private static String clean(String v) {
        String t = v.replace('\t', ' ').strip();
        while (t.endsWith("|") || t.endsWith(";")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    private void accept(String label, String value) {
        if (value.isEmpty()) {
            return;
        }
        switch (label) {
            case "số hiệu" -> number = DocumentNumber.parse(value).orElse(number);
            case "loại văn bản" -> kind = knownKind(value);
            case "nơi ban hành", "cơ quan ban hành" -> place = place != null ? place : place(value);
            case "ngày ban hành" -> {
                VietnameseDates.DateMatch d = VietnameseDates.numericAt(value, 0);
                date = d == null ? date : d.toDate();
            }
            default -> {
            }
        }
    }

    private static String knownKind(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        for (String t : HeaderExtractor.TYPES) {
            if (upper.equals(t)) {
                return HeaderExtractor.sentenceCase(t);
            }
        }
        return null;
    }

    /** "Tỉnh Gia Lai", "UBND tỉnh Tây Ninh" → "Gia Lai"; a body that names no province gives null. */
    private static String place(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        for (String p : PLACE_PREFIXES) {
            if (lower.startsWith(p) && value.length() > p.length()) {
                return value.substring(p.length()).strip();
            }
        }
        return null;
    }
}
