package vn.ttdn.planning.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.ConflictException;
import vn.ttdn.common.NotFoundException;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.identity.AuditTrail;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.planning.AssignmentRole;
import vn.ttdn.planning.TaskForm;
import vn.ttdn.planning.TaskStatus;
import vn.ttdn.planning.Timeframe;

/** Creating and changing tasks, and taking in the progress tracking reports. */
@Service
@Transactional
class TaskService {

    private final TaskRepository tasks;
    private final PlanService plans;
    private final Assignments assignments;
    private final AuditTrail audit;

    TaskService(TaskRepository tasks, PlanService plans, Assignments assignments, AuditTrail audit) {
        this.tasks = tasks;
        this.plans = plans;
        this.assignments = assignments;
        this.audit = audit;
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

    long create(long planId, TaskForm form) {
        Plan plan = plans.editable(planId);
        Task task = new Task();
        task.planId = plan.id;
        task.provinceId = plan.provinceId;
        task.position = (int) tasks.countActive(planId);
        apply(task, plan, form);
        tasks.saveAndFlush(task);
        audit.record("CREATE", "Task", task.id, task.provinceId, "Thêm nhiệm vụ vào " + plan.title, null,
                task.snapshot());
        return task.id;
    }

    void update(long id, TaskForm form) {
        Task task = readable(id);
        Plan plan = plans.editable(task.planId);
        if (form.getVersion() != null && form.getVersion() != task.version) {
            throw new ConflictException("Nhiệm vụ này vừa được người khác sửa lúc "
                    + vn.ttdn.common.Times.time(task.updatedAt)
                    + ". Nội dung bạn nhập vẫn còn trong biểu mẫu; tải lại bản mới ở tab khác để so sánh rồi lưu lại.");
        }
        Map<String, Object> before = task.snapshot();
        apply(task, plan, form);
        audit.record("UPDATE", "Task", id, task.provinceId, "Sửa nhiệm vụ " + shortContent(task), before,
                task.snapshot());
    }

    void archive(long id) {
        Task task = readable(id);
        plans.editable(task.planId);
        Map<String, Object> before = task.snapshot();
        task.archived = true;
        task.refreshSearchText();
        audit.record("ARCHIVE", "Task", id, task.provinceId, "Lưu trữ nhiệm vụ " + shortContent(task), before,
                task.snapshot());
    }

    void recordProgress(long taskId, TaskStatus status, int percent, OffsetDateTime at) {
        Task task = tasks.findById(taskId).orElseThrow(() -> new NotFoundException("planning.what.task"));
        task.status = status;
        task.percent = percent;
        task.lastUpdateAt = at;
        task.updatedAt = at;
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
