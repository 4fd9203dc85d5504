package vn.ttdn.intake.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.ttdn.intake.ParsedTask;
import vn.ttdn.intake.extraction.StructureLine.Kind;

/**
 * Finds tasks in every layout plans use, section by section:
 * <ul>
 * <li>a table with lead/coordinating columns ({@link TableTasks});</li>
 * <li>numbered items with labelled fields ({@link LabelledTask});</li>
 * <li>duties listed under a heading that names the agency ("1. Sở Ngoại vụ" then bullets);</li>
 * <li>"Agency: duties" paragraphs and sentences that open with the agency ("Sở Tài chính tham mưu …");</li>
 * <li>plain bullets under a heading, with no lead printed.</li>
 * </ul>
 * Sections about purpose, requirements or budget hold no tasks. When a document has structured tasks (a table
 * or labelled fields), an unstructured item counts only if it names its lead; a plain paragraph with no lead
 * continues the task above it.
 */
public final class TaskExtractor {

    private static final List<String> NON_TASK_SECTIONS = List.of(
            "MỤC ĐÍCH", "YÊU CẦU", "MỤC TIÊU", "QUAN ĐIỂM", "KINH PHÍ", "CĂN CỨ", "ĐÁNH GIÁ", "KẾT QUẢ",
            "TÌNH HÌNH", "BỐI CẢNH", "SỰ CẦN THIẾT", "NGUYÊN TẮC", "PHẠM VI", "ĐỐI TƯỢNG");

    private final SectionSplitter.Structure s;
    private final Integer year;
    private final boolean structured;
    private final List<ParsedTask> tasks = new ArrayList<>();
    private TaskDraft open;
    private List<String> headingLead = List.of();
    private boolean underNumberedHeading;
    private boolean inRomanSection;
    private boolean skipRoman;
    private boolean skipNumbered;

    private TaskExtractor(SectionSplitter.Structure s, Integer year) {
        this.s = s;
        this.year = year;
        this.structured = hasStructuredTasks(s.lines());
    }

    public static List<ParsedTask> extract(SectionSplitter.Structure s, Integer year) {
        TaskExtractor x = new TaskExtractor(s, year);
        x.run();
        return x.tasks;
    }

    private void run() {
        List<StructureLine> lines = s.lines();
        for (int i = 0; i < lines.size(); i++) {
            StructureLine l = lines.get(i);
            if (l.kind() == Kind.ROMAN || l.kind() == Kind.ARTICLE) {
                close();
                skipRoman = isNonTaskSection(l.text());
                skipNumbered = false;
                inRomanSection = true;
                headingLead = List.of();
                underNumberedHeading = false;
            } else if (skipRoman) {
                continue;
            } else if (l.kind() == Kind.NUMBER) {
                i = numbered(i);
            } else if (skipNumbered) {
                continue;
            } else if (TableTasks.isHeader(l)) {
                close();
                i = TableTasks.read(s, i, year, tasks);
            } else if (l.kind() != Kind.TABLE_ROW) {
                item(l, s.sectionOf().get(i), l.kind() == Kind.LETTER ? l.label() : null);
            }
        }
        close();
    }

    private int numbered(int i) {
        close();
        StructureLine l = s.lines().get(i);
        skipNumbered = false;
        int last = LabelledTask.end(s.lines(), i);
        if (last >= 0) {
            tasks.add(LabelledTask.build(s, i, last, year));
            return last;
        }
        if (s.heading().get(i)) {
            boolean agencyHeading = AgencyNames.startsWithAgency(l.text()) && AgencySubject.firstVerb(l.text()) < 0;
            headingLead = agencyHeading ? AgencyListSplitter.split(l.text()) : List.of();
            underNumberedHeading = true;
            skipNumbered = isNonTaskSection(l.text());
            return i;
        }
        item(l, s.sectionOf().get(i), l.label());
        return i;
    }

    /** A bullet, lettered item, numbered paragraph or plain paragraph. */
    private void item(StructureLine l, String section, String ref) {
        String text = l.text();
        AgencySubject.Found colon = AgencySubject.beforeColon(text);
        if (l.kind() == Kind.TEXT && open != null && colon == null && !text.endsWith(":")) {
            open.append(text, l.line());
            return;
        }
        close();
        if (text.endsWith(":") || text.isBlank()) {
            return; // an introduction to the items that follow
        }
        List<String> lead;
        String content = text;
        if (colon != null) {
            lead = colon.agencies();
            content = colon.rest();
        } else if (!headingLead.isEmpty()) {
            lead = headingLead;
        } else {
            lead = AgencySubject.leading(text);
        }
        if (lead.isEmpty() && !leadlessAllowed(l)) {
            return;
        }
        open = new TaskDraft(ref, section, l.line());
        open.append(content, l.line());
        open.lead = new ArrayList<>(lead);
    }

    /** Without a printed lead an item is a task only in a plan with no structured tasks, inside a section. */
    private boolean leadlessAllowed(StructureLine l) {
        if (structured || !inRomanSection) {
            return false;
        }
        return l.kind() != Kind.TEXT || underNumberedHeading;
    }

    private void close() {
        if (open != null) {
            open.coordinating = new ArrayList<>(AgencySubject.coordinatingOfLead(open.content.toString()));
            open.timeframe = TimeframeParser.completion(open.content.toString(), year);
            tasks.add(open.build());
            open = null;
        }
    }

    private static boolean isNonTaskSection(String heading) {
        String upper = heading.toUpperCase(Locale.ROOT);
        for (String h : NON_TASK_SECTIONS) {
            if (upper.startsWith(h)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasStructuredTasks(List<StructureLine> lines) {
        for (StructureLine l : lines) {
            if (TableTasks.isHeader(l)) {
                return true;
            }
            FieldLabels.Labelled f = FieldLabels.parse(l.text());
            if (f != null && f.field() != FieldLabels.Field.CONTENT) {
                return true;
            }
        }
        return false;
    }
}
