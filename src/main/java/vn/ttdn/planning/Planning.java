package vn.ttdn.planning;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;

/**
 * Plans and tasks. Every method checks the signed-in user's scope: what she may not see is "not found",
 * what she may see but not change is refused.
 */
public interface Planning {

    PageResult<PlanSummary> plans(Long provinceId, Integer year, PlanStatus status, ListQuery query);

    PlanView plan(long id);

    /** The plan if the user may read it; empty otherwise (no exception, so a caller's transaction stays intact). */
    java.util.Optional<PlanView> readablePlan(long id);

    PlanRights rights(long planId);

    /** Provinces in which the signed-in user may start a plan; empty when she may start none. */
    Set<Long> provincesForNewPlans();

    long createPlan(PlanForm form);

    void updatePlan(long id, PlanForm form);

    void changeStatus(long id, PlanStatus status);

    /** Copies a plan with its sections and tasks (no progress) as a draft for another year. */
    long copyToYear(long id, int year);

    void archivePlan(long id);

    long addSection(long planId, String ref, String heading);

    PageResult<TaskView> tasks(TaskFilter filter, ListQuery query);

    /** How many tasks the filter selects, without loading any. */
    long countTasks(TaskFilter filter);

    TaskView task(long id);

    long createTask(long planId, TaskForm form);

    void updateTask(long id, TaskForm form);

    void archiveTask(long id);

    /** Whether the agency leads or helps with the task, directly or through a group it belongs to. */
    boolean concerns(long taskId, long agencyId);

    /** Called by tracking when an update arrives: the task shows the latest status and percent. */
    void recordProgress(long taskId, TaskStatus status, int percent, OffsetDateTime at);

    /** Creates a plan from a draft, resolving printed agency names; unresolved names are kept as printed. */
    long importPlan(PlanDraft draft);

    /** Agency ids of a task's lead and coordinating agencies, groups expanded. */
    Set<Long> agenciesOf(long taskId);

    List<PlanSummary> plansImplementing(long planId);
}
