package vn.ttdn.intake.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ttdn.legal.DocumentNumber;
import vn.ttdn.legal.VietnameseDates;

/**
 * Reads the top of a document (Nghị định 30/2020 layout, possibly as a two-column table): issuing body and its
 * parent, "Số: …", "Khánh Hòa, ngày … tháng … năm …", the document type line, the title and the preamble.
 * For a news article about a plan it falls back on "UBND tỉnh ban hành Kế hoạch số … về …".
 */
public final class HeaderExtractor {

    public record Header(String documentType, DocumentNumber number, LocalDate issuedOn, String place, String issuer,
                  String issuerParent, String title, int titleFrom, int titleTo, int preambleFrom, int bodyFrom) {
    }

    static final List<String> TYPES = List.of("KẾ HOẠCH", "QUYẾT ĐỊNH", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "CHƯƠNG TRÌNH",
            "ĐỀ ÁN", "BÁO CÁO", "CÔNG VĂN", "CHỈ THỊ", "THÔNG BÁO", "HƯỚNG DẪN", "NGHỊ QUYẾT", "TỜ TRÌNH",
            "PHƯƠNG ÁN", "QUY CHẾ", "QUY ĐỊNH", "KẾT LUẬN", "CÔNG ĐIỆN");

    private static final int HEADER_LINES = 40;

    private HeaderExtractor() {
    }

    /** {@code lines} is 0-based here; line numbers in the result are 0-based indexes. */
    public static Header extract(List<String> lines) {
        Fields f = new Fields();
        int limit = Math.min(lines.size(), HEADER_LINES);
        int typeLine = -1;
        for (int i = 0; i < limit && typeLine < 0; i++) {
            if (StructureLine.romanEnd(lines.get(i).strip()) > 0) {
                break;
            }
            for (String cell : lines.get(i).split("\t")) {
                if (readCell(cell.strip(), f)) {
                    typeLine = i;
                }
            }
        }
        int titleFrom = -1;
        int titleTo = -1;
        String title = f.titleRest;
        if (typeLine >= 0) {
            int i = typeLine + 1;
            while (i < lines.size() && lines.get(i).isBlank() && title == null) {
                i++;
            }
            titleFrom = title != null ? typeLine : i;
            StringBuilder sb = new StringBuilder(title == null ? "" : title);
            while (i < lines.size() && !lines.get(i).isBlank()
                    && (sb.length() == 0 ? !startsPreamble(lines.get(i)) : !isPreambleOrBody(lines.get(i)))) {
                sb.append(sb.length() > 0 ? " " : "").append(stripVv(lines.get(i).strip()));
                titleTo = i;
                i++;
            }
            titleTo = Math.max(titleTo, titleFrom);
            title = sb.length() == 0 ? null : sb.toString();
        }
        int preambleFrom = typeLine < 0 ? 0 : titleTo + 1;
        int bodyFrom = bodyStart(lines, preambleFrom);
        String issuer = f.issuer();
        if (issuer == null) {
            issuer = Enactment.issuer(lines, preambleFrom, Math.min(lines.size(), bodyFrom + 2));
        }
        String type = f.type;
        DocumentNumber number = f.number;
        if (typeLine < 0) {
            Enactment.Announced a = Enactment.announced(lines, Math.min(lines.size(), 12));
            if (a != null) {
                type = type == null ? a.kind() : type;
                number = number == null ? a.number() : number;
                title = a.title();
                titleFrom = a.line();
                titleTo = a.line();
                if (f.date == null && a.date() != null) {
                    f.date = a.date();
                }
            }
        }
        if (type == null && number != null) {
            type = number.kindFromSymbol();
        }
        return new Header(type, number, f.date, f.place, issuer, f.parent(), title, titleFrom, titleTo,
                preambleFrom, bodyFrom);
    }

    /** Collected header cells. */
    private static final class Fields {
        String type;
        String titleRest;
        DocumentNumber number;
        LocalDate date;
        String place;
        final List<String> issuerLines = new ArrayList<>();

        /** "UBND TỈNH X" + "SỞ Y" → issuer "SỞ Y", parent "UBND TỈNH X"; otherwise the lines joined. */
        String issuer() {
            if (issuerLines.isEmpty()) {
                return null;
            }
            if (issuerLines.size() >= 2 && AgencyNames.startsWithAgency(titleCase(issuerLines.get(1)))) {
                return String.join(" ", issuerLines.subList(1, issuerLines.size()));
            }
            return String.join(" ", issuerLines);
        }

        String parent() {
            boolean split = issuerLines.size() >= 2 && AgencyNames.startsWithAgency(titleCase(issuerLines.get(1)));
            return split ? issuerLines.get(0) : null;
        }
    }

    /** Reads one header cell into the fields; true when it is the document type line. */
    private static boolean readCell(String c, Fields f) {
        if (c.isEmpty() || isMotto(c)) {
            return false;
        }
        if (c.startsWith("Số:") || c.startsWith("Số :") || c.startsWith("SỐ:")) {
            f.number = DocumentNumber.parse(c.substring(c.indexOf(':') + 1)).orElse(f.number);
            return false;
        }
        int ngay = c.indexOf(", ngày ");
        if (ngay > 0 && f.date == null) {
            VietnameseDates.DateMatch d = VietnameseDates.afterNgay(c, ngay, c.length());
            if (d != null) {
                f.place = c.substring(0, ngay).strip();
                f.date = d.toDate();
                return false;
            }
        }
        String upper = c.toUpperCase(Locale.ROOT);
        for (String type : TYPES) {
            if (upper.equals(type) || upper.equals(type + ":")) {
                f.type = sentenceCase(type);
                return true;
            }
            if (c.startsWith(type + " ") && f.type == null && c.length() > type.length() + 1
                    && Character.isUpperCase(c.charAt(type.length() + 1))) {
                f.type = sentenceCase(type);
                f.titleRest = c.substring(type.length()).strip();
                return true;
            }
        }
        if (isUpperCaseLine(c) && f.type == null && f.number == null && f.date == null) {
            f.issuerLines.add(c);
        }
        return false;
    }

    private static boolean isMotto(String c) {
        String u = c.toUpperCase(Locale.ROOT);
        return u.startsWith("CỘNG HÒA XÃ HỘI") || u.startsWith("CỘNG HOÀ XÃ HỘI") || u.startsWith("ĐỘC LẬP")
                || u.startsWith("ĐẢNG CỘNG SẢN VIỆT NAM") || c.chars().allMatch(ch -> ch == '-' || ch == '_' || ch == ' ');
    }

    static boolean isUpperCaseLine(String c) {
        int letters = 0;
        for (int i = 0; i < c.length(); i++) {
            char ch = c.charAt(i);
            if (Character.isLowerCase(ch)) {
                return false;
            }
            if (Character.isLetter(ch)) {
                letters++;
            }
        }
        return letters >= 3;
    }

    private static boolean isPreambleOrBody(String line) {
        String t = line.strip();
        return Enactment.isPreambleOpener(t) || StructureLine.startsWithMarker(t);
    }

    /** A title may begin "Triển khai …"; only "Căn cứ" or a numbered line cannot be a title's first line. */
    private static boolean startsPreamble(String line) {
        String t = line.strip();
        return t.startsWith("Căn cứ") || StructureLine.startsWithMarker(t);
    }

    private static String stripVv(String t) {
        return t.startsWith("V/v ") || t.startsWith("V/v:") ? t.substring(4).strip() : t;
    }

    /** The first line of the body proper: the first numbered heading after the preamble. */
    private static int bodyStart(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String t = lines.get(i).strip();
            if (StructureLine.romanEnd(t) > 0 || StructureLine.numberEnd(t) > 0 || t.startsWith("Điều ")) {
                return i;
            }
        }
        return from;
    }

    static String sentenceCase(String upper) {
        String lower = upper.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String titleCase(String upper) {
        StringBuilder sb = new StringBuilder();
        for (String w : upper.toLowerCase(Locale.ROOT).split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }
}
