package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import vn.ttdn.intake.ParsedTask;
import vn.ttdn.intake.extraction.FieldLabels.Field;
import vn.ttdn.intake.extraction.FieldLabels.Labelled;
import vn.ttdn.intake.extraction.StructureLine.Kind;

/**
 * A numbered item followed by labelled fields — a) Nội dung b) Cơ quan chủ trì c) Cơ quan phối hợp
 * d) Thời gian thực hiện — in any order, some missing; unlabelled lines belong to the field above them, or to
 * the content when no field has started yet.
 */
final class LabelledTask {

    private LabelledTask() {
    }

    /** Index of the last line of the item's fields, or -1 when the item at {@code i} has no labelled field. */
    static int end(List<StructureLine> lines, int i) {
        int last = -1;
        for (int j = i + 1; j < lines.size() && !endsItem(lines.get(j)); j++) {
            last = j;
        }
        if (last < 0) {
            return -1;
        }
        for (int j = i + 1; j <= last; j++) {
            if (FieldLabels.parse(lines.get(j).text()) != null) {
                return last;
            }
        }
        return -1;
    }

    static boolean endsItem(StructureLine l) {
        return l.kind() == Kind.NUMBER || l.kind() == Kind.ROMAN || l.kind() == Kind.ARTICLE
                || l.kind() == Kind.TABLE_ROW;
    }

    static ParsedTask build(SectionSplitter.Structure s, int i, int last, Integer year) {
        StructureLine head = s.lines().get(i);
        TaskDraft d = new TaskDraft(head.label(), s.sectionOf().get(i), head.line());
        d.append(head.text(), head.line());
        Field current = null;
        List<String> lead = new ArrayList<>();
        List<String> coord = new ArrayList<>();
        StringBuilder time = new StringBuilder();
        for (int j = i + 1; j <= last; j++) {
            StructureLine l = s.lines().get(j);
            Labelled f = FieldLabels.parse(l.text());
            String value = f != null ? f.value() : l.text();
            current = f != null ? f.field() : current;
            d.lineTo = Math.max(d.lineTo, l.line());
            if (current == null || current == Field.CONTENT) {
                d.append(value, l.line());
            } else if (current == Field.LEAD) {
                lead.add(value);
            } else if (current == Field.COORDINATING) {
                coord.add(value);
            } else if (current == Field.TIMEFRAME) {
                time.append(time.length() > 0 ? " " : "").append(value);
            } else {
                d.expectedOutput = d.expectedOutput == null ? value : d.expectedOutput + " " + value;
            }
        }
        d.lead = AgencySubject.agencyList(String.join(", ", lead));
        d.coordinating = AgencySubject.agencyList(String.join(", ", coord));
        d.timeframe = TimeframeParser.parse(time.length() == 0 ? null : time.toString(), year);
        return d.build();
    }
}
