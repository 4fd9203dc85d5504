package vn.ttdn.planning.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ttdn.planning.AssignmentRole;
import vn.ttdn.planning.PlanDraft;
import vn.ttdn.planning.Timeframe;

/**
 * The content of plans made from other things: a draft read from a document, or last year's plan. The plan itself
 * is made by {@link PlanService} (with its checks); this adds its sections before it is saved and its tasks after.
 */
@Component
class PlanCopier {

    private final TaskRepository tasks;
    private final Assignments assignments;

    PlanCopier(TaskRepository tasks, Assignments assignments) {
        this.tasks = tasks;
        this.assignments = assignments;
    }

    /** The document's sections added to the plan, by their printed reference (the first of equal ones). */
    Map<String, PlanSection> addSections(Plan plan, PlanDraft draft) {
        Map<String, PlanSection> byRef = new HashMap<>();
        for (PlanDraft.Section s : draft.sections()) {
            String heading = s.heading().length() > 1000 ? s.heading().substring(0, 1000) : s.heading();
            PlanSection section = plan.addSection(s.ref(), heading);
            if (s.ref() != null) {
                byRef.putIfAbsent(s.ref(), section);
            }
        }
        return byRef;
    }

    /** The document's tasks, saved in the (saved) plan; printed agency names resolved where the directory knows them. */
    void importTasks(Plan plan, PlanDraft draft, Map<String, PlanSection> sections) {
        int position = 0;
        for (PlanDraft.Task t : draft.tasks()) {
            Task task = Task.of(plan, position++);
            PlanSection section = t.sectionRef() == null ? null : sections.get(t.sectionRef());
            task.sectionId = section == null ? null : section.id;
            task.ref = t.ref();
            task.content = t.content();
            task.setTimeframe(t.timeframe() == null ? Timeframe.unspecified(null) : t.timeframe(), plan.year);
            task.expectedOutput = t.expectedOutput();
            task.assignments.addAll(assignments.fromPrinted(plan.provinceId, AssignmentRole.LEAD, t.lead()));
            task.assignments.addAll(assignments.fromPrinted(plan.provinceId, AssignmentRole.COORDINATING,
                    t.coordinating()));
            task.refreshSearchText();
            tasks.save(task);
            assignments.announce(task, java.util.Set.of());
        }
    }

    /** The source's sections added to the copy, by the source section's id. */
    Map<Long, PlanSection> copySections(Plan source, Plan copy) {
        Map<Long, PlanSection> copies = new HashMap<>();
        for (PlanSection s : source.sections) {
            copies.put(s.id, copy.addSection(s.ref, s.heading));
        }
        return copies;
    }

    /** The source's open tasks in the (saved) copy, dates moved by as many years as the plan, without progress. */
    void copyTasks(Plan source, Plan copy, Map<Long, PlanSection> sections) {
        List<Task> sourceTasks = tasks.findByPlanIdAndArchivedFalseOrderByPosition(source.id);
        for (Task t : sourceTasks) {
            Task task = copyTask(t, copy, sections, copy.year - source.year);
            tasks.save(task);
            assignments.announce(task, java.util.Set.of());
        }
    }

    private static Task copyTask(Task t, Plan copy, Map<Long, PlanSection> sections, int yearShift) {
        Task task = Task.of(copy, t.position);
        task.sectionId = t.sectionId == null ? null : sections.get(t.sectionId).id;
        task.ref = t.ref;
        task.content = t.content;
        task.timeframeKind = t.timeframeKind;
        task.timeframeText = t.timeframeText;
        task.startDate = shift(t.startDate, yearShift);
        task.dueDate = shift(t.dueDate, yearShift);
        task.expectedOutput = t.expectedOutput;
        task.budgetEstimate = t.budgetEstimate;
        t.assignments.forEach(a -> task.assignments.add(
                TaskAssignment.of(a.role, a.agencyId, a.groupId, a.name, a.printed, a.position)));
        task.refreshSearchText();
        return task;
    }

    private static LocalDate shift(LocalDate date, int years) {
        return date == null ? null : date.plusYears(years);
    }
}
