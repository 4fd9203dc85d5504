package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.ttdn.intake.extraction.PdfGlyphLines.Glyph;

/**
 * The bordered tables of a PDF page rebuilt from their ruling lines: vertical rules give the columns, horizontal
 * rules the rows, a cell missing its inner vertical rule spans columns (a heading across the table), a cell missing
 * the rule above continues the cell above (a lead agency merged down several rows). Each glyph goes to the cell
 * its centre falls in, so a cell's lines stay together however the columns interleave on the page.
 */
final class PdfTableGrid {

    /** A segment of a ruling line, y from the top of the page. */
    record Rule(float x0, float y0, float x1, float y1) {
        boolean horizontal() {
            return y1 - y0 < 2f && x1 - x0 > 3f;
        }

        boolean vertical() {
            return x1 - x0 < 2f && y1 - y0 > 3f;
        }
    }

    /** A table row: its cells' text in column order, or one text spanning the table; the page's id of each cell. */
    record Row(float y, List<String> cells, boolean spanning, int[] cellIds) {
    }

    record Result(List<Row> rows, List<Glyph> rest) {
    }

    private static final float TOLERANCE = 2f;
    /** Beyond these (hatching, charts, hostile files) the page is read as plain lines: keeps the work bounded. */
    private static final int MAX_CELLS = 5_000;
    private static final int MAX_RULES = 5_000;

    private PdfTableGrid() {
    }

    static Result grid(List<Glyph> glyphs, List<Rule> rules) {
        List<Rule> h = rules.stream().filter(Rule::horizontal).toList();
        List<Rule> v = rules.stream().filter(Rule::vertical).toList();
        if (v.size() < 2 || h.size() < 2 || v.size() + h.size() > MAX_RULES) {
            return new Result(List.of(), glyphs);
        }
        float[] xs = cluster(v.stream().map(r -> (r.x0() + r.x1()) / 2).toList());
        float top = (float) v.stream().mapToDouble(Rule::y0).min().orElse(0);
        float bottom = (float) v.stream().mapToDouble(Rule::y1).max().orElse(0);
        float[] ys = cluster(h.stream().map(r -> (r.y0() + r.y1()) / 2)
                .filter(y -> y > top - TOLERANCE && y < bottom + TOLERANCE).toList());
        int cols = xs.length - 1;
        int bands = ys.length - 1;
        if (cols < 2 || bands < 1 || (long) cols * bands > MAX_CELLS) {
            return new Result(List.of(), glyphs);
        }
        Grid g = new Grid(xs, ys, h, v);
        return g.assign(glyphs);
    }

    private static final class Grid {
        final float[] xs;
        final float[] ys;
        final List<Rule> h;
        final List<Rule> v;
        final int[][] id;
        final int[][] spanEnd;
        final boolean[] inTable;
        int cells;

        Grid(float[] xs, float[] ys, List<Rule> h, List<Rule> v) {
            this.xs = xs;
            this.ys = ys;
            this.h = h;
            this.v = v;
            int bands = ys.length - 1;
            int cols = xs.length - 1;
            id = new int[bands][cols];
            spanEnd = new int[bands][cols];
            inTable = new boolean[bands];
            for (int b = 0; b < bands; b++) {
                float mid = (ys[b] + ys[b + 1]) / 2;
                for (float x : xs) {
                    inTable[b] |= verticalAt(x, mid);
                }
                for (int c = 0; c < cols; ) {
                    int e = c;
                    while (e + 1 < cols && !verticalAt(xs[e + 1], mid)) {
                        e++;
                    }
                    boolean open = b > 0 && inTable[b - 1] && spanEnd[b - 1][c] == e && startOf(b - 1, c) == c
                            && !horizontalAt(ys[b], (xs[c] + xs[e + 1]) / 2);
                    int cell = open ? id[b - 1][c] : cells++;
                    for (int k = c; k <= e; k++) {
                        id[b][k] = cell;
                        spanEnd[b][k] = e;
                    }
                    c = e + 1;
                }
            }
        }

        int startOf(int b, int c) {
            int s = c;
            while (s > 0 && id[b][s - 1] == id[b][c]) {
                s--;
            }
            return s;
        }

        boolean verticalAt(float x, float y) {
            for (Rule r : v) {
                if (Math.abs((r.x0() + r.x1()) / 2 - x) < TOLERANCE && r.y0() < y && r.y1() > y) {
                    return true;
                }
            }
            return false;
        }

        boolean horizontalAt(float y, float x) {
            for (Rule r : h) {
                if (Math.abs((r.y0() + r.y1()) / 2 - y) < TOLERANCE && r.x0() < x && r.x1() > x) {
                    return true;
                }
            }
            return false;
        }

        Result assign(List<Glyph> glyphs) {
            List<List<Glyph>> content = new ArrayList<>();
            for (int k = 0; k < cells; k++) {
                content.add(new ArrayList<>());
            }
            List<Glyph> rest = new ArrayList<>();
            for (Glyph gl : glyphs) {
                int b = index(ys, gl.y() - gl.size() * 0.3f);
                int c = index(xs, gl.x() + gl.w() / 2);
                if (b < 0 || c < 0 || !inTable[b]) {
                    rest.add(gl);
                } else {
                    content.get(id[b][c]).add(gl);
                }
            }
            float[] left = new float[cells];
            float[] right = new float[cells];
            for (int b = 0; b < id.length; b++) {
                for (int c = 0; c < id[b].length; c++) {
                    right[id[b][c]] = Math.max(right[id[b][c]], xs[spanEnd[b][c] + 1]);
                    left[id[b][c]] = xs[startOf(b, c)];
                }
            }
            String[] text = new String[cells];
            for (int k = 0; k < cells; k++) {
                text[k] = PdfGlyphLines.joined(PdfGlyphLines.lines(content.get(k)), left[k], right[k]);
            }
            List<Row> rows = new ArrayList<>();
            for (int b = 0; b < inTable.length; b++) {
                if (!inTable[b]) {
                    continue;
                }
                int cols = xs.length - 1;
                boolean fresh = b == 0 || !inTable[b - 1] || id[b - 1][0] != id[b][0];
                if (spanEnd[b][0] == cols - 1 && fresh) {
                    if (!text[id[b][0]].isBlank()) {
                        rows.add(new Row(ys[b], List.of(text[id[b][0]]), true, new int[] {id[b][0]}));
                    }
                    continue;
                }
                List<String> row = new ArrayList<>();
                for (int c = 0; c < cols; c++) {
                    row.add(startOf(b, c) == c ? text[id[b][c]] : "");
                }
                if (row.stream().anyMatch(s -> !s.isBlank())) {
                    rows.add(new Row(ys[b], row, false, id[b].clone()));
                }
            }
            return new Result(rows, rest);
        }
    }

    /** The interval of {@code edges} holding {@code p}, or -1 outside. */
    private static int index(float[] edges, float p) {
        if (p < edges[0] || p > edges[edges.length - 1]) {
            return -1;
        }
        int i = Arrays.binarySearch(edges, p);
        int k = i >= 0 ? i : -i - 2;
        return Math.min(k, edges.length - 2);
    }

    /** Distinct positions, sorted, those closer than the tolerance taken as one. */
    private static float[] cluster(List<Float> values) {
        float[] s = new float[values.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = values.get(i);
        }
        Arrays.sort(s);
        float[] out = new float[s.length];
        int n = 0;
        for (float x : s) {
            if (n == 0 || x - out[n - 1] > TOLERANCE) {
                out[n++] = x;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
