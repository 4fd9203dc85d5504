package vn.ttdn.planning.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.ConflictException;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.common.NotFoundException;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.identity.AuditTrail;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.planning.AssignmentRole;
import vn.ttdn.planning.TaskFilter;
import vn.ttdn.planning.TaskForm;
import vn.ttdn.planning.TaskView;
import vn.ttdn.planning.Tasks;
import vn.ttdn.planning.Timeframe;

/** Reading, creating and changing tasks (progress comes in through {@link ProgressListener}). */
@Service
@Transactional
class TaskService implements Tasks {

    private final TaskRepository tasks;
    private final PlanService plans;
    private final TaskQueries queries;
    private final Assignments assignments;
    private final AuditTrail audit;

    TaskService(TaskRepository tasks, PlanService plans, TaskQueries queries, Assignments assignments,
                AuditTrail audit) {
        this.tasks = tasks;
        this.plans = plans;
        this.queries = queries;
        this.assignments = assignments;
        this.audit = audit;
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<TaskView> tasks(TaskFilter filter, ListQuery query) {
        return queries.tasks(filter, query);
    }

    @Override
    @Transactional(readOnly = true)
    public long countTasks(TaskFilter filter) {
        return queries.count(filter);
    }

    @Override
    @Transactional(readOnly = true)
    public TaskView task(long id) {
        Task task = readable(id);
        return TaskQueries.view(task, plans.readable(task.planId), LocalDate.now());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean concerns(long taskId, long agencyId) {
        return agenciesOf(taskId).contains(agencyId);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> agenciesOf(long taskId) {
        Task task = tasks.findById(taskId).orElseThrow();
        Set<Long> ids = new HashSet<>();
        assignments.assignees(task).forEach(a -> ids.add(a.agencyId()));
        return ids;
    }

    /** A task the user may read: its plan is readable and the task is not archived. */
    Task readable(long id) {
        Task task = tasks.findById(id).orElseThrow(() -> new NotFoundException("planning.what.task"));
        plans.readable(task.planId);
        if (task.archived) {
            throw new NotFoundException("planning.what.task");
        }
        return task;
    }

    @Override
    public long createTask(long planId, TaskForm form) {
        Plan plan = plans.editable(planId);
        Task task = Task.of(plan, (int) tasks.countActive(planId));
        apply(task, plan, form);
        tasks.saveAndFlush(task);
        audit.record("CREATE", "Task", task.id, task.provinceId, "Thêm nhiệm vụ vào " + plan.title, null,
                task.snapshot());
        assignments.announce(task, Set.of());
        return task.id;
    }

    @Override
    public void updateTask(long id, TaskForm form) {
        Task task = readable(id);
        Plan plan = plans.editable(task.planId);
        if (form.getVersion() != null && form.getVersion() != task.version) {
            throw new ConflictException("task.conflict", vn.ttdn.common.Times.time(task.updatedAt));
        }
        Map<String, Object> before = task.snapshot();
        Set<Assignments.Assignee> assignedBefore = assignments.assignees(task);
        apply(task, plan, form);
        audit.record("UPDATE", "Task", id, task.provinceId, "Sửa nhiệm vụ " + shortContent(task), before,
                task.snapshot());
        assignments.announce(task, assignedBefore);
    }

    @Override
    public void archiveTask(long id) {
        Task task = readable(id);
        plans.editable(task.planId);
        Map<String, Object> before = task.snapshot();
        task.archive();
        audit.record("ARCHIVE", "Task", id, task.provinceId, "Lưu trữ nhiệm vụ " + shortContent(task), before,
                task.snapshot());
    }

    private void apply(Task task, Plan plan, TaskForm form) {
        if (form.getSectionId() != null && plan.sections.stream().noneMatch(s -> s.id.equals(form.getSectionId()))) {
            throw new UserFacingException("sectionId", "task.section.notInPlan");
        }
        if (form.getStartDate() != null && form.getDueDate() != null && form.getDueDate().isBefore(form.getStartDate())) {
            throw new UserFacingException("dueDate", "task.due.beforeStart");
        }
        List<TaskAssignment> lead = assignments.fromReferences(plan.provinceId, AssignmentRole.LEAD, form.getLead(),
                "lead");
        if (lead.isEmpty()) {
            throw new UserFacingException("lead", "task.lead.required");
        }
        List<TaskAssignment> coordinating = assignments.fromReferences(plan.provinceId, AssignmentRole.COORDINATING,
                form.getCoordinating(), "coordinating");
        task.sectionId = form.getSectionId();
        task.ref = Plan.blankToNull(form.getRef());
        task.content = form.getContent().strip();
        task.setTimeframe(new Timeframe(form.getTimeframeKind(), Plan.blankToNull(form.getTimeframeText()),
                form.getStartDate(), form.getDueDate()), plan.year);
        task.expectedOutput = Plan.blankToNull(form.getExpectedOutput());
        task.budgetEstimate = form.getBudgetEstimate();
        task.assignments.clear();
        task.assignments.addAll(lead);
        task.assignments.addAll(coordinating);
        task.refreshSearchText();
    }

    static String shortContent(Task task) {
        return task.content.length() <= 80 ? task.content : task.content.substring(0, 80) + "…";
    }

}
