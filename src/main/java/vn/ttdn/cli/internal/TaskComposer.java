package vn.ttdn.cli.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import vn.ttdn.cli.internal.ProgressSimulator.Outcome;
import vn.ttdn.cli.internal.ProvinceDirectory.AgencyRow;
import vn.ttdn.cli.internal.ProvinceDirectory.GroupRow;
import vn.ttdn.cli.internal.TaskPhrases.Template;
import vn.ttdn.common.TextFolding;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.planning.AssignmentRole;
import vn.ttdn.planning.Timeframe;

/**
 * One task with its lead and coordinating agencies and its progress updates. Columns are filled as the planning
 * module fills them: due date = timeframe end, search text folded, status and percent from the latest update.
 */
final class TaskComposer {

    /** Where a task sits: its plan, the plan's date and year, and whether the plan is still a draft. */
    record PlanContext(long planId, ProvinceDirectory directory, int year, LocalDate issuedOn, boolean draft,
                       OffsetDateTime createdAt) {
    }

    private static final AgencyKind[] HELPER_KINDS = {AgencyKind.DEPARTMENT, AgencyKind.DEPARTMENT,
            AgencyKind.BOARD, AgencyKind.PRESS, AgencyKind.MASS_ORGANISATION, AgencyKind.ARMED_FORCES};

    private final PlanTables tables;
    private final ProgressSimulator progress;
    private long updateCount;

    TaskComposer(PlanTables tables, ProgressSimulator progress) {
        this.tables = tables;
        this.progress = progress;
    }

    void write(PlanContext plan, Long sectionId, String ref, int position, Template template, Random random)
            throws SQLException {
        long taskId = tables.taskIds.next();
        ProvinceDirectory dir = plan.directory();
        String content = TaskPhrases.content(template, random, dir.spec().fullName(), plan.year());
        Timeframe tf = timeframe(plan, random);
        String output = TaskPhrases.output(random);
        List<String> names = new ArrayList<>();
        List<AgencyRow> reporters = assign(taskId, template.lead(), dir, random, names);
        Outcome outcome = Outcome.NONE;
        if (!plan.draft()) {
            LocalDate from = tf.start() != null && tf.start().isAfter(plan.issuedOn()) ? tf.start() : plan.issuedOn();
            LocalDate to = tf.end() != null ? tf.end() : LocalDate.of(plan.year(), 12, 31);
            outcome = progress.simulate(taskId, template.section(), from, to, reporters, random);
        }
        updateCount += outcome.updates();
        String searchText = TextFolding.foldAll(ref, content, tf.text(), output, " " + String.join(" ", names));
        OffsetDateTime updatedAt = outcome.lastUpdateAt() != null ? outcome.lastUpdateAt() : plan.createdAt();
        tables.tasks.row(taskId, plan.planId(), dir.provinceId(), sectionId, ref, position, content, tf.kind(),
                tf.text(), tf.start(), tf.end(), output, budget(random), outcome.status(), outcome.percent(),
                outcome.lastUpdateAt(), searchText, plan.createdAt(), updatedAt);
    }

    long updateCount() {
        return updateCount;
    }

    /** A timeframe that ends after the plan is issued: a plan does not set a task already past due. */
    private static Timeframe timeframe(PlanContext plan, Random random) {
        LocalDate earliestEnd = plan.issuedOn().plusDays(20);
        for (int attempt = 0; attempt < 6; attempt++) {
            Timeframe tf = TimeframePicker.pick(random, plan.year());
            if (tf.end() == null || !tf.end().isBefore(earliestEnd)) {
                return tf;
            }
        }
        return new Timeframe(Timeframe.Kind.CONTINUOUS, "Thường xuyên", null, null);
    }

    private static BigDecimal budget(Random random) {
        return random.nextInt(10) < 3 ? BigDecimal.valueOf((20L + random.nextInt(480)) * 1_000_000L) : null;
    }

    /** Writes the assignments; returns who reports on the task, the first lead first. */
    private List<AgencyRow> assign(long taskId, String leadHint, ProvinceDirectory dir, Random random,
                                   List<String> names) {
        List<Object> leads = new ArrayList<>();
        for (String code : leadHint.split("\\+")) {
            leads.add(resolve(code, dir, random));
        }
        if (leads.size() == 1 && random.nextInt(100) < 12) {
            addIfNew(leads, dir.anyOf(AgencyKind.DEPARTMENT, random));
        }
        List<Object> helpers = new ArrayList<>();
        int helperCount = random.nextInt(4);
        for (int i = 0; i < helperCount; i++) {
            AgencyKind kind = HELPER_KINDS[random.nextInt(HELPER_KINDS.length)];
            addIfNew(helpers, leads, dir.anyOf(kind, random));
        }
        if (random.nextInt(100) < 12) {
            addIfNew(helpers, leads, leads.contains(dir.communes()) ? dir.departments() : dir.communes());
        }
        List<AgencyRow> reporters = new ArrayList<>();
        writeAssignments(taskId, AssignmentRole.LEAD, leads, dir, random, reporters, names);
        writeAssignments(taskId, AssignmentRole.COORDINATING, helpers, dir, random, reporters, names);
        return reporters;
    }

    private void writeAssignments(long taskId, AssignmentRole role, List<Object> who, ProvinceDirectory dir,
                                  Random random, List<AgencyRow> reporters, List<String> names) {
        int position = 0;
        for (Object o : who) {
            if (o instanceof AgencyRow a) {
                tables.assignments.row(taskId, role, a.id(), null, a.fullName(), a.fullName(), position++);
                names.add(a.fullName());
                reporters.add(a);
            } else if (o instanceof GroupRow g) {
                tables.assignments.row(taskId, role, null, g.id(), g.name(), g.name(), position++);
                names.add(g.name());
                reporters.add(dir.memberOf(g, random));
            }
        }
    }

    private static Object resolve(String code, ProvinceDirectory dir, Random random) {
        if (code.startsWith("=")) {
            return dir.named(code.substring(1));
        }
        return switch (code) {
            case "P" -> dir.anyOf(AgencyKind.PRESS, random);
            case "A" -> dir.anyOf(AgencyKind.ARMED_FORCES, random);
            case "D" -> dir.anyOf(AgencyKind.DEPARTMENT, random);
            case "M" -> dir.anyOf(AgencyKind.MASS_ORGANISATION, random);
            case "G" -> dir.departments();
            case "U" -> dir.communes();
            default -> dir.coordinator();
        };
    }

    private static void addIfNew(List<Object> list, Object candidate) {
        if (!list.contains(candidate)) {
            list.add(candidate);
        }
    }

    private static void addIfNew(List<Object> list, List<Object> excluded, Object candidate) {
        if (!excluded.contains(candidate)) {
            addIfNew(list, candidate);
        }
    }
}
