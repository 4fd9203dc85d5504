package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Glyphs placed on a page, made into lines of text: glyphs on one baseline, left to right, a space where the gap
 * is wider than a fifth of the font size, a combining mark kept with its letter (some PDFs place tone marks as
 * glyphs of their own, which a plain text layer turns into "c ủa").
 */
final class PdfGlyphLines {

    /** One glyph: left x, baseline y (from the top of the page), advance width, font size, its text. */
    record Glyph(float x, float y, float w, float size, String text) {
        float right() {
            return x + w;
        }
    }

    /** A line of text, the baseline it sits on, where it ends, and how wide its first word is. */
    record Line(float y, float x, float size, String text, float right, float firstWord) {
    }

    private PdfGlyphLines() {
    }

    static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y));
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = null;
        float base = 0;
        for (Glyph g : sorted) {
            if (row == null || Math.abs(g.y() - base) > Math.max(1f, g.size() * 0.3f)) {
                row = new ArrayList<>();
                rows.add(row);
                base = g.y();
            }
            row.add(g);
        }
        List<Line> out = new ArrayList<>();
        for (List<Glyph> r : rows) {
            r.sort(Comparator.comparingDouble(Glyph::x));
            String text = text(r);
            if (!text.isBlank()) {
                out.add(new Line(r.get(0).y(), r.get(0).x(), r.get(0).size(), text.strip(),
                        r.get(r.size() - 1).right(), firstWord(r)));
            }
        }
        return out;
    }

    private static String text(List<Glyph> row) {
        StringBuilder sb = new StringBuilder();
        Glyph previous = null;
        for (Glyph g : row) {
            boolean mark = !g.text().isEmpty() && Character.getType(g.text().charAt(0)) == Character.NON_SPACING_MARK;
            if (previous != null && !mark && g.x() - previous.right() > g.size() * 0.2f
                    && sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                sb.append(' ');
            }
            sb.append(g.text());
            if (!mark) {
                previous = g;
            }
        }
        return java.text.Normalizer.normalize(sb, java.text.Normalizer.Form.NFC).replaceAll(" {2,}", " ");
    }

    /** Places that complete the name above ("Ủy ban nhân dân / các huyện, thành phố"). */
    private static final java.util.regex.Pattern PLACES = java.util.regex.Pattern.compile(
            "các (huyện|xã|tỉnh|thị xã|thành phố|phường|thị trấn|địa phương)\\b");

    /** Owners that end an agency's name rather than start one: "Ban Tuyên giáo / Tỉnh ủy". */
    private static final List<String> OWNERS = List.of("Tỉnh ủy", "Tỉnh uỷ", "Thành ủy", "Thành uỷ", "Huyện ủy",
            "Đảng ủy", "Bộ đội");

    /**
     * A line that begins with an agency's name after a line holding an agency of three words or more ("Các sở,
     * ban, ngành" / "UBND các huyện"): a new item, as a reader takes it, unless the line above ended on a link word.
     */
    private static boolean startsAnotherAgency(CharSequence before, String next) {
        if (!AgencyNames.startsWithAgency(next) || OWNERS.stream().anyMatch(next::startsWith)
                || PLACES.matcher(next).lookingAt()) {
            return false;
        }
        // the last agency started within the last 200 characters, so a huge cell stays linear
        String b = before.subSequence(Math.max(0, before.length() - 200), before.length()).toString();
        String item = b.strip();
        // the item is what follows the last separator that starts an agency ("Các sở, ban, ngành" is one group)
        for (int sep = b.length(); sep > 0; sep = Math.max(b.lastIndexOf(',', sep - 1), b.lastIndexOf(';', sep - 1))) {
            String tail = b.substring(sep < b.length() ? sep + 1 : sep).strip();
            if (sep < b.length() && AgencyNames.startsWithAgency(tail)) {
                item = tail;
                break;
            }
        }
        String[] words = item.split(" +");
        String lastWord = words[words.length - 1];
        return words.length >= 3 && !List.of("và", "của", "với", "thuộc", "tại", "-", "trực").contains(lastWord)
                && AgencyNames.startsWithAgency(item);
    }

    private static float firstWord(List<Glyph> row) {
        Glyph first = row.get(0);
        float end = first.right();
        for (Glyph g : row) {
            if (" ".equals(g.text()) || g.x() - end > g.size() * 0.2f) {
                break;
            }
            end = Math.max(end, g.right());
        }
        return end - first.x();
    }

    /**
     * The lines of one cell as one text. A line that stops short of the cell's right edge by more than the next
     * line's first word and a space ended its paragraph (cells list agencies one a paragraph): joined with "; " unless it ends a
     * clause, as a DOCX cell is read. A word hyphenated at a line end is joined again.
     */
    static String joined(List<Line> lines, float cellLeft, float cellRight) {
        float pad = cellRight;
        for (Line l : lines) {
            pad = Math.min(pad, Math.max(0, l.x() - cellLeft)); // the left padding, the same on the right
        }
        float textRight = cellRight - pad;
        StringBuilder sb = new StringBuilder();
        Line previous = null;
        for (Line l : lines) {
            String t = l.text();
            int n = sb.length();
            if (n > 1 && sb.charAt(n - 1) == '-' && Character.isLetter(sb.charAt(n - 2)) && !t.isEmpty()
                    && Character.isLowerCase(t.charAt(0))) {
                sb.setLength(n - 1);
            } else if (n > 0) {
                boolean paragraphEnd = textRight - previous.right() > l.firstWord() + l.size() * 0.3f
                        || startsAnotherAgency(sb, t);
                sb.append(paragraphEnd && ".;:,".indexOf(sb.charAt(n - 1)) < 0 ? "; " : " ");
            }
            sb.append(t);
            previous = l;
        }
        return sb.toString();
    }
}
