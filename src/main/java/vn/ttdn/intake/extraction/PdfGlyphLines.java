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

    /** A line of text and the baseline it sits on. */
    record Line(float y, float x, float size, String text) {
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
                out.add(new Line(r.get(0).y(), r.get(0).x(), r.get(0).size(), text.strip()));
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
        return sb.toString().replaceAll(" {2,}", " ");
    }

    /** The lines of one cell as one text: a word hyphenated at a line end is joined again. */
    static String joined(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            String t = l.text();
            int n = sb.length();
            if (n > 1 && sb.charAt(n - 1) == '-' && Character.isLetter(sb.charAt(n - 2)) && !t.isEmpty()
                    && Character.isLowerCase(t.charAt(0))) {
                sb.setLength(n - 1);
            } else if (n > 0) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }
}
