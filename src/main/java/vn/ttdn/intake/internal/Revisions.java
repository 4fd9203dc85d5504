package vn.ttdn.intake.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.common.TextFolding;
import vn.ttdn.intake.IntakeHeader;
import vn.ttdn.intake.ParsedPlan;
import vn.ttdn.intake.RevisionDiff.FieldChange;
import vn.ttdn.intake.RevisionDiff.TaskText;
import vn.ttdn.intake.RevisionDiff;
import vn.ttdn.intake.extraction.RevisionDiffer;
import vn.ttdn.legal.DocumentNumber;
import vn.ttdn.planning.AssignmentView;
import vn.ttdn.planning.PlanSummary;
import vn.ttdn.planning.PlanView;
import vn.ttdn.planning.Plans;
import vn.ttdn.planning.Tasks;
import vn.ttdn.planning.TaskFilter;
import vn.ttdn.planning.TaskView;

/**
 * Finds the plan a document revises (same number, or same title and year, in the same province) and what the
 * revision changes in it.
 */
@Component
class Revisions {

    private final Plans plans;
    private final Tasks tasks;

    Revisions(Plans plans, Tasks tasks) {
        this.plans = plans;
        this.tasks = tasks;
    }

    /** The newest plan of the province the header names, other than {@code except} (the plan it became). */
    Optional<Long> previousPlan(long provinceId, IntakeHeader header, Long except) {
        Optional<DocumentNumber> number = DocumentNumber.parse(header.number());
        String q = number.map(DocumentNumber::canonical).orElse(header.title());
        if (q == null || q.isBlank()) {
            return Optional.empty();
        }
        PageResult<PlanSummary> candidates = plans.plans(provinceId, null, null,
                ListQuery.of(q.length() > 200 ? q.substring(0, 200) : q, null, null, 0, 100));
        return candidates.items().stream()
                .filter(p -> !Objects.equals(p.id(), except))
                .filter(p -> number.isPresent() ? sameNumber(number.get(), p.number())
                        : p.number() == null && TextFolding.fold(header.title()).equals(TextFolding.fold(p.title()))
                        && Objects.equals(header.year(), p.year()))
                .map(PlanSummary::id).max(Comparator.naturalOrder());
    }

    RevisionDiff diff(long previousPlanId, IntakeHeader header, ParsedPlan revised) {
        PlanView previous = plans.plan(previousPlanId);
        List<FieldChange> fields = new ArrayList<>();
        // The kind's code (PLAN): pages name it in the reader's language.
        compare(fields, "kind", previous.kind().name(), header.kind() == null ? null : header.kind().name());
        compare(fields, "number", previous.number(), header.number());
        compare(fields, "title", previous.title(), header.title());
        compare(fields, "issuedOn", str(previous.issuedOn()), str(header.issuedOn()));
        compare(fields, "year", String.valueOf(previous.year()), header.year() == null ? null : header.year().toString());
        RevisionDiffer.TaskDiff tasks = RevisionDiffer.diff(previousTasks(previousPlanId), revised.tasks());
        return new RevisionDiff(previous.id(), previous.title(), previous.number(), fields, tasks.added(),
                tasks.removed(), tasks.changed(), tasks.unchanged());
    }

    private List<RevisionDiffer.PreviousTask> previousTasks(long planId) {
        List<RevisionDiffer.PreviousTask> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageResult<TaskView> tasks = this.tasks.tasks(TaskFilter.ofPlan(planId),
                    ListQuery.of(null, "position", null, page, ListQuery.MAX_PAGE_SIZE));
            for (TaskView t : tasks.items()) {
                all.add(new RevisionDiffer.PreviousTask(t.id(), new TaskText(t.ref(), t.content(), printed(t.lead()),
                        printed(t.coordinating()), t.timeframe() == null ? null : t.timeframe().text())));
            }
            if (!tasks.hasNext()) {
                return all;
            }
        }
    }

    /** Names as the document printed them, so a revision compares like with like. */
    private static String printed(List<AssignmentView> assignments) {
        return String.join("; ", assignments.stream().map(a -> a.printed() != null ? a.printed() : a.name()).toList());
    }

    private static boolean sameNumber(DocumentNumber number, String other) {
        return DocumentNumber.parse(other).map(o -> o.key().equals(number.key())).orElse(false);
    }

    private static void compare(List<FieldChange> fields, String field, String before, String after) {
        if (!RevisionDiffer.same(before, after)) {
            fields.add(new FieldChange(field, before, after));
        }
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
