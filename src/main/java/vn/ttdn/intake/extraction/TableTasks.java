package vn.ttdn.intake.extraction;

import java.util.List;
import java.util.Locale;
import vn.ttdn.intake.ParsedTask;
import vn.ttdn.intake.extraction.StructureLine.Kind;

/**
 * Tasks laid out as a table (TT | Nội dung | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian …), one row per line
 * with tab-separated cells. A row whose first cell is empty continues the previous row (a row broken across a
 * page); a numbered row with no agencies is a group heading.
 */
final class TableTasks {

    private record Columns(int tt, int content, int lead, int coordinating, int time, int output) {
    }

    private TableTasks() {
    }

    static boolean isHeader(StructureLine l) {
        if (l.kind() != Kind.TABLE_ROW) {
            return false;
        }
        String lower = l.raw().toLowerCase(Locale.ROOT);
        return (lower.contains("nội dung") || lower.contains("nhiệm vụ"))
                && (lower.contains("chủ trì") || lower.contains("thực hiện"));
    }

    /** Reads the table starting at header {@code h}; returns the index of its last line. */
    static int read(SectionSplitter.Structure s, int h, Integer year, List<ParsedTask> out) {
        Columns c = columns(s.lines().get(h).raw().split("\t", -1));
        TaskDraft current = null;
        int i = h + 1;
        for (; i < s.lines().size(); i++) {
            StructureLine l = s.lines().get(i);
            if (l.kind() != Kind.TABLE_ROW) {
                if (!spansTable(s, i)) {
                    break;
                }
                current = flush(current, out);
                continue; // a group row whose empty cells were trimmed away, or a heading spanning the table
            }
            if (l.text().equals(s.lines().get(h).text())) {
                current = flush(current, out);
                continue; // the header row repeated on a new page
            }
            String[] cells = l.raw().split("\t", -1);
            String tt = cell(cells, c.tt());
            if (isRule(cells)) {
                continue;
            }
            if (tt.isEmpty() && current != null) {
                current.append(cell(cells, c.content()), l.line());
                continue;
            }
            if (cell(cells, c.lead()).isEmpty() && cell(cells, c.coordinating()).isEmpty() && !tt.contains(".")) {
                current = flush(current, out);
                continue; // group heading row
            }
            current = flush(current, out);
            current = row(cells, c, tt, s.sectionOf().get(i), l.line(), year);
        }
        flush(current, out);
        return i - 1;
    }

    /**
     * A numbered line inside the table: a section heading typed across the table (a merged row) when the
     * splitter took it for a heading, or when table rows go on right after it.
     */
    private static boolean spansTable(SectionSplitter.Structure s, int i) {
        StructureLine l = s.lines().get(i);
        if (l.kind() != Kind.NUMBER && l.kind() != Kind.ROMAN && l.kind() != Kind.LETTER) {
            return false;
        }
        if (l.kind() == Kind.NUMBER && !s.heading().get(i).equals(Boolean.FALSE)) {
            return true;
        }
        return i + 1 < s.lines().size() && s.lines().get(i + 1).kind() == Kind.TABLE_ROW;
    }

    private static TaskDraft row(String[] cells, Columns c, String tt, String section, int line, Integer year) {
        TaskDraft d = new TaskDraft(tt.replaceAll("[.)]+$", ""), section, line);
        d.append(cell(cells, c.content()), line);
        d.lead = AgencySubject.agencyList(cell(cells, c.lead()));
        d.coordinating = AgencySubject.agencyList(cell(cells, c.coordinating()));
        String time = cell(cells, c.time());
        d.timeframe = TimeframeParser.parse(time.isEmpty() ? null : time, year);
        String output = cell(cells, c.output());
        d.expectedOutput = output.isEmpty() ? null : output;
        return d;
    }

    private static TaskDraft flush(TaskDraft d, List<ParsedTask> out) {
        if (d != null) {
            out.add(d.build());
        }
        return null;
    }

    private static Columns columns(String[] header) {
        int tt = -1, content = -1, lead = -1, coord = -1, time = -1, output = -1;
        for (int k = 0; k < header.length; k++) {
            String h = header[k].strip().toLowerCase(Locale.ROOT);
            if (tt < 0 && (h.equals("tt") || h.equals("stt") || h.equals("số tt"))) {
                tt = k;
            } else if (content < 0 && (h.contains("nội dung") || h.contains("nhiệm vụ"))) {
                content = k;
            } else if (lead < 0 && (h.contains("chủ trì") || h.contains("thực hiện") && !h.contains("thời"))) {
                lead = k;
            } else if (coord < 0 && h.contains("phối hợp")) {
                coord = k;
            } else if (time < 0 && (h.contains("thời gian") || h.contains("thời hạn") || h.contains("tiến độ"))) {
                time = k;
            } else if (output < 0 && (h.contains("sản phẩm") || h.contains("kết quả"))) {
                output = k;
            }
        }
        return new Columns(tt < 0 ? 0 : tt, content, lead, coord, time, output);
    }

    private static String cell(String[] cells, int k) {
        return k < 0 || k >= cells.length ? "" : cells[k].strip();
    }

    private static boolean isRule(String[] cells) {
        for (String cell : cells) {
            String t = cell.strip();
            if (!t.isEmpty() && !t.chars().allMatch(ch -> ch == '-' || ch == '_' || ch == '=')) {
                return false;
            }
        }
        return true;
    }
}
