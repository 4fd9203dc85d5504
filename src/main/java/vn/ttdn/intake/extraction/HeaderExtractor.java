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

    /**
     * @param enactedBy the decision that promulgates the plan when the document is such a decision with the plan
     *                  attached (the plan's type and title are then the document's); null otherwise
     * @param tasksFrom the first line of the part that holds the tasks: the attached plan's, else {@code bodyFrom}
     * @param issuedYear the year of the date line even when its day is left blank (a draft); null if not printed
     */
    public record Header(String documentType, DocumentNumber number, LocalDate issuedOn, String place, String issuer,
                  String issuerParent, String title, int titleFrom, int titleTo, int preambleFrom, int bodyFrom,
                  Enacting enactedBy, int tasksFrom, Integer issuedYear) {
    }

    /** The enacting decision: its kind ("Quyết định"), number, date and own title ("Về việc ban hành …"). */
    public record Enacting(String kind, DocumentNumber number, LocalDate date, String title) {
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
        SiteMetadata meta = new SiteMetadata();
        List<HeaderCells.Cell> cells = HeaderCells.split(lines, Math.min(lines.size(), HEADER_LINES), meta);
        Found found = scan(cells, f);
        int typeLine = found.typeLine();
        HeaderTitle.Title t = found.title();
        String title = t == null ? null : t.text();
        int titleFrom = t == null ? typeLine : t.fromLine();
        int titleTo = t == null ? typeLine : Math.max(t.toLine(), typeLine);
        boolean headed = typeLine >= 0 || t != null;
        // a copy flattened onto one line goes on after its title with the preamble ("… năm 2026 Căn cứ …")
        int preambleFrom = !headed ? 0 : HeaderTitle.preambleFollows(lines.get(titleTo), title) ? titleTo : titleTo + 1;
        int bodyFrom = bodyStart(lines, preambleFrom);
        String issuer = f.issuer();
        if (issuer == null) {
            issuer = Enactment.issuer(lines, preambleFrom, Math.min(lines.size(), bodyFrom + 2));
        }
        String type = f.type;
        DocumentNumber number = f.number != null ? f.number : meta.number;
        if (!headed) {
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
        if (type == null) {
            type = inferredType(lines, number, meta, preambleFrom, bodyFrom);
        }
        LocalDate date = f.date != null || f.datePrinted ? f.date : meta.date;
        String place = f.place != null ? f.place : meta.place;
        Header h = new Header(type, number, date, place, issuer, f.parent(), title, titleFrom, titleTo,
                preambleFrom, bodyFrom, null, bodyFrom, date != null ? Integer.valueOf(date.getYear()) : f.year);
        return AttachedPlan.promulgated(lines, h);
    }

    /** The type line (-1 if none) and the title that follows it, or the title that follows the date. */
    private record Found(int typeLine, HeaderTitle.Title title) {
    }

    private static Found scan(List<HeaderCells.Cell> cells, Fields f) {
        for (int k = 0; k < cells.size(); k++) {
            HeaderCells.Cell c = cells.get(k);
            String text = c.text();
            if (c.kind() == HeaderCells.Kind.BLANK) {
                continue;
            }
            if (StructureLine.romanEnd(text) > 0 || HeaderCells.folded(text).startsWith("Điều ")
                    || text.startsWith("Căn cứ")) {
                break;
            }
            HeaderCells.Cell before = k > 0 && cells.get(k - 1).line() == c.line() ? cells.get(k - 1) : null;
            if (readCell(c, before, f)) {
                return found(c.line(), HeaderTitle.collect(cells, k + 1, f.titleRest, c.line()), cells, k + 1, f);
            }
            if (f.opensTitle(c)) {
                return found(-1, HeaderTitle.collect(cells, k, null, c.line()), cells, k, f);
            }
        }
        return new Found(-1, null);
    }

    /**
     * A row of the two-column table holds both columns: the right-hand cell of a title line ("V/v … | Phú Thọ,
     * ngày …") is still the header's number or place and date.
     */
    private static Found found(int typeLine, HeaderTitle.Title t, List<HeaderCells.Cell> cells, int from, Fields f) {
        int last = t == null ? typeLine : t.toLine();
        for (int k = from; k < cells.size() && cells.get(k).line() <= last; k++) {
            HeaderCells.Kind kind = cells.get(k).kind();
            if (kind == HeaderCells.Kind.PLACE_DATE || kind == HeaderCells.Kind.NUMBER) {
                readCell(cells.get(k), null, f);
            }
        }
        return new Found(typeLine, t);
    }

    /** No type line: the number's type code, the site's "Loại văn bản", the body's "ban hành Kế hoạch …". */
    private static String inferredType(List<String> lines, DocumentNumber number, SiteMetadata meta, int from,
                                       int to) {
        if (number != null && number.typeCode() != null) {
            return number.kindFromSymbol();
        }
        if (meta.kind != null) {
            return meta.kind;
        }
        String enacted = Enactment.enactedKind(lines, from, Math.min(lines.size(), to + 1));
        if (enacted != null) {
            return enacted;
        }
        return number == null ? null : number.kindFromSymbol();
    }

    /** Collected header cells. */
    private static final class Fields {
        String type;
        String titleRest;
        DocumentNumber number;
        boolean numberPrinted;
        LocalDate date;
        boolean datePrinted;
        Integer year;
        String place;
        boolean awaitingNumber;
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

        /** Without a type line, the first text after the date (or after the number) is the title. */
        boolean opensTitle(HeaderCells.Cell c) {
            return c.kind() == HeaderCells.Kind.TEXT && (datePrinted || numberPrinted && !isUpperCaseLine(c.text()))
                    && !HeaderTitle.cannotOpen(c.text()) && !HeaderCells.isMotto(c.text())
                    && !HeaderCells.isStamp(c.text());
        }
    }

    /** Reads one header cell into the fields; true when it is the document type line. */
    /**
     * @param before the cell before on the same line, if any: a type word after other text of its line is a site's
     *               menu ("Văn bản | Kế hoạch | …"); right after the date it is a run-together header's type line
     */
    private static boolean readCell(HeaderCells.Cell cell, HeaderCells.Cell before, Fields f) {
        String c = HeaderCells.folded(cell.text());
        if (cell.kind() == HeaderCells.Kind.NUMBER) {
            f.numberPrinted = true;
            String n = c.substring(2).strip();
            n = n.startsWith(":") ? n.substring(1).strip() : n;
            f.awaitingNumber = n.isEmpty();
            f.number = f.number != null ? f.number : DocumentNumber.parse(n).orElse(null);
            return false;
        }
        if (cell.kind() == HeaderCells.Kind.PLACE_DATE) {
            readPlaceDate(c, f);
            return false;
        }
        if (cell.kind() != HeaderCells.Kind.TEXT || c.isEmpty() || HeaderCells.isMotto(c) || HeaderCells.isStamp(c)) {
            return false;
        }
        if (f.awaitingNumber) {
            // "Số:" on a line of its own, the number on the next
            f.awaitingNumber = false;
            DocumentNumber n = DocumentNumber.parse(c).orElse(null);
            if (n != null) {
                f.number = n;
                return false;
            }
        }
        if (before != null && before.kind() == HeaderCells.Kind.TEXT) {
            return false;
        }
        boolean afterDate = before != null && before.kind() == HeaderCells.Kind.PLACE_DATE;
        String upper = c.toUpperCase(Locale.ROOT);
        for (String type : TYPES) {
            if (afterDate && f.type == null && upper.startsWith(type + " ") && !c.startsWith(type)
                    && Character.isUpperCase(c.charAt(type.length() + 1))) {
                // "… ngày 06 tháng 9 năm 2018 Kế hoạch Triển khai …": a run-together header in sentence case
                f.type = sentenceCase(type);
                f.titleRest = c.substring(type.length()).strip();
                return true;
            }
            if (upper.equals(type) || upper.equals(type + ":")) {
                f.type = sentenceCase(type);
                return true;
            }
            if (c.startsWith(type + " ") && f.type == null && c.length() > type.length() + 1
                    && Character.isLetter(c.charAt(type.length() + 1))) {
                f.type = sentenceCase(type);
                f.titleRest = c.substring(type.length()).strip();
                return true;
            }
        }
        if (isUpperCaseLine(c) && f.type == null && !f.numberPrinted && !f.datePrinted
                && (!f.issuerLines.isEmpty() || startsWithIssuingBody(c))) {
            f.issuerLines.add(c);
        }
        return false;
    }

    /** "Gia Lai, ngày 03 tháng 4 năm 2020": the place as printed, the date when no part of it is blank. */
    private static void readPlaceDate(String c, Fields f) {
        PrintedDate d = PrintedDate.find(c, 0);
        if (d == null || f.datePrinted) {
            return;
        }
        f.datePrinted = true;
        f.date = d.date();
        f.year = d.year();
        String place = c.substring(0, d.ngayAt()).strip();
        while (place.endsWith(",")) {
            place = place.substring(0, place.length() - 1).strip();
        }
        f.place = place.isEmpty() ? null : place;
    }

    private static final List<String> ISSUING_BODIES = List.of(
            "ỦY BAN", "UỶ BAN", "UBND", "HỘI ĐỒNG", "HĐND", "TỈNH ỦY", "TỈNH UỶ", "THÀNH ỦY", "THÀNH UỶ", "HUYỆN ỦY",
            "ĐẢNG BỘ", "ĐẢNG ỦY", "ĐẢNG UỶ", "BAN ", "SỞ ", "VĂN PHÒNG", "BỘ ", "CỤC ", "CHI CỤC", "TRUNG TÂM",
            "MẶT TRẬN", "CÔNG AN", "CHÍNH PHỦ", "THỦ TƯỚNG", "QUỐC HỘI", "TỈNH ĐOÀN", "THÀNH ĐOÀN");

    /** A banner in capitals ("THƯ VIỆN PHÁP LUẬT", "DỰ THẢO") is not an issuing body. */
    private static boolean startsWithIssuingBody(String c) {
        for (String b : ISSUING_BODIES) {
            if (c.startsWith(b)) {
                return true;
            }
        }
        return false;
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

    /** The first line of the body proper: the first numbered heading after the preamble. */
    private static int bodyStart(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String t = HeaderCells.folded(lines.get(i).strip());
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
