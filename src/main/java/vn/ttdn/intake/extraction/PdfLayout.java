package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.ttdn.intake.extraction.PdfGlyphLines.Line;
import vn.ttdn.intake.extraction.PdfPageReader.Page;
import vn.ttdn.intake.extraction.PdfTableGrid.Row;

/**
 * Pages of glyphs and rules into text: table rows (one line each) and text lines in reading order; running headers
 * and footers (the same line in the top or bottom margin of several pages) dropped; a table's header row repeated
 * on a new page dropped; a row the page break cut in two (the part on the new page has no number) joined again.
 */
final class PdfLayout {

    private static final float MARGIN = 0.09f;

    private record Item(float y, Line line, Row row) {
    }

    private PdfLayout() {
    }

    /** Null when no page has a table: the caller keeps the plain text layer. */
    static String text(List<Page> pages) {
        List<List<Item>> items = new ArrayList<>();
        boolean anyTable = false;
        for (Page p : pages) {
            PdfTableGrid.Result r = PdfTableGrid.grid(p.glyphs(), p.rules());
            anyTable |= !r.rows().isEmpty();
            List<Item> page = new ArrayList<>();
            PdfGlyphLines.lines(r.rest()).forEach(l -> page.add(new Item(l.y(), l, null)));
            r.rows().forEach(row -> page.add(new Item(row.y(), null, row)));
            page.sort(Comparator.comparingDouble(Item::y));
            items.add(page);
        }
        if (!anyTable) {
            return null;
        }
        Map<String, Integer> margins = marginLines(pages, items);
        Output out = new Output();
        for (int p = 0; p < items.size(); p++) {
            out.page(p > 0, items.get(p));
            for (Item it : items.get(p)) {
                if (it.line() == null) {
                    out.row(it.row());
                } else if (!inMargin(pages.get(p), it.y()) || margins.getOrDefault(key(it.line().text()), 0) < 2) {
                    out.line(it.line().text());
                }
            }
        }
        return out.finish();
    }

    /** The text being written, and the last table row, held back while the next page may continue it. */
    private static final class Output {
        private final StringBuilder sb = new StringBuilder();
        private List<String> header;
        private List<String> last;
        private boolean[] lastMerged = new boolean[0];
        private boolean pageTop;
        private boolean laterPage;
        private Map<Integer, String> carried;
        private Map<Long, Integer> bands;

        void page(boolean later, List<Item> items) {
            pageTop = true;
            laterPage = later;
            carried = new HashMap<>();
            bands = bandsOfCell(items);
        }

        void line(String text) {
            flush(sb, last);
            last = null;
            sb.append(text).append('\n');
            pageTop = false;
        }

        void row(Row row) {
            if (row.spanning()) {
                line(row.cells().get(0));
                return;
            }
            if (header == null) {
                header = row.cells();
            } else if (row.cells().equals(header)) {
                return; // the header row repeated on a new page
            }
            boolean continues = pageTop && laterPage && last != null;
            if (continues) {
                carry(last, lastMerged, row, bands, carried);
            }
            List<String> cells = new ArrayList<>(row.cells());
            for (int k = 0; k < cells.size() && k < row.cellIds().length; k++) {
                if (cells.get(k).isBlank() && carried.containsKey(row.cellIds()[k])) {
                    cells.set(k, carried.get(row.cellIds()[k]));
                }
            }
            if (continues && row.cells().get(0).isBlank()) {
                last = joined(last, row.cells()); // the row the page break cut: no number of its own
                for (int k = 0; k < cells.size() && k < row.cellIds().length; k++) {
                    carried.put(row.cellIds()[k], last.get(k));
                }
            } else {
                flush(sb, last);
                last = cells;
                lastMerged = merged(row, bands);
            }
            pageTop = false;
        }

        String finish() {
            flush(sb, last);
            return sb.toString();
        }
    }

    /**
     * A cell merged down across the page break prints its text on the previous page only: a blank cell at the top
     * of the page under a printed one takes the text above when either is merged over several rows of its page.
     */
    private static void carry(List<String> above, boolean[] aboveMerged, Row row, Map<Long, Integer> page,
                              Map<Integer, String> carried) {
        boolean[] merged = merged(row, page);
        for (int k = 0; k < row.cells().size() && k < above.size() && k < merged.length; k++) {
            if (!row.cells().get(k).isBlank() || above.get(k).isBlank()) {
                continue;
            }
            if (merged[k] || (k < aboveMerged.length && aboveMerged[k]) || row.cells().get(0).isBlank()) {
                carried.put(row.cellIds()[k], above.get(k));
            }
        }
    }

    /** For each column, whether the row's cell there is merged with another row of its page. */
    private static boolean[] merged(Row row, Map<Long, Integer> bandsOfCell) {
        boolean[] out = new boolean[row.cellIds().length];
        for (int k = 0; k < out.length; k++) {
            out[k] = bandsOfCell.getOrDefault(cellKey(k, row.cellIds()[k]), 0) > 1;
        }
        return out;
    }

    /** How many rows of the page each (column, cell) appears in. */
    private static Map<Long, Integer> bandsOfCell(List<Item> page) {
        Map<Long, Integer> count = new HashMap<>();
        for (Item it : page) {
            if (it.row() != null && !it.row().spanning()) {
                for (int k = 0; k < it.row().cellIds().length; k++) {
                    count.merge(cellKey(k, it.row().cellIds()[k]), 1, Integer::sum);
                }
            }
        }
        return count;
    }

    private static long cellKey(int column, int id) {
        return ((long) column << 32) | (id & 0xFFFFFFFFL);
    }

    private static void flush(StringBuilder sb, List<String> row) {
        if (row != null) {
            sb.append(String.join("\t", row)).append('\n');
        }
    }

    private static List<String> joined(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < Math.max(a.size(), b.size()); k++) {
            String x = k < a.size() ? a.get(k) : "";
            String y = k < b.size() ? b.get(k) : "";
            out.add(x.isBlank() ? y : y.isBlank() ? x : x + " " + y);
        }
        return out;
    }

    /** How many pages carry each line of their top or bottom margin (digits ignored: "Trang 2", "- 3 -"). */
    private static Map<String, Integer> marginLines(List<Page> pages, List<List<Item>> items) {
        Map<String, Integer> count = new HashMap<>();
        for (int p = 0; p < items.size(); p++) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Item it : items.get(p)) {
                if (it.line() != null && inMargin(pages.get(p), it.y()) && seen.add(key(it.line().text()))) {
                    count.merge(key(it.line().text()), 1, Integer::sum);
                }
            }
        }
        return count;
    }

    private static boolean inMargin(Page p, float y) {
        return y < p.height() * MARGIN || y > p.height() * (1 - MARGIN);
    }

    private static String key(String line) {
        return line.replaceAll("\\d+", "#").strip();
    }
}
