package vn.ttdn.planning.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.planning.PlanDraft;
import vn.ttdn.planning.PlanForm;
import vn.ttdn.planning.PlanStatus;
import vn.ttdn.planning.PlanSummary;
import vn.ttdn.planning.PlanView;
import vn.ttdn.planning.Planning;
import vn.ttdn.planning.TaskFilter;
import vn.ttdn.planning.TaskForm;
import vn.ttdn.planning.TaskStatus;
import vn.ttdn.planning.TaskView;

@Component
@Transactional
class PlanningFacade implements Planning {

    private final PlanService plans;
    private final PlanRepository planRepository;
    private final TaskService tasks;
    private final TaskRepository taskRepository;
    private final PlanCopier copier;
    private final TaskQueries queries;
    private final Directory directory;

    PlanningFacade(PlanService plans, PlanRepository planRepository, TaskService tasks, TaskRepository taskRepository,
                   PlanCopier copier, TaskQueries queries, Directory directory) {
        this.plans = plans;
        this.planRepository = planRepository;
        this.tasks = tasks;
        this.taskRepository = taskRepository;
        this.copier = copier;
        this.queries = queries;
        this.directory = directory;
    }

    @Override
    @Transactional(readOnly = true)
    public PageResult<PlanSummary> plans(Long provinceId, Integer year, PlanStatus status, ListQuery query) {
        return queries.plans(provinceId, year, status, query);
    }

    @Override
    @Transactional(readOnly = true)
    public PlanView plan(long id) {
        Plan p = plans.readable(id);
        String owner = p.ownerAgencyId == null ? null : directory.agency(p.ownerAgencyId).fullName();
        String parentTitle = p.parentPlanId == null ? null
                : planRepository.findById(p.parentPlanId).map(parent -> parent.title).orElse(null);
        return new PlanView(p.id, p.provinceId, directory.province(p.provinceId).name(), p.kind, p.number, p.title,
                p.issuerName, p.ownerAgencyId, owner, p.issuedOn, p.signerAuthority, p.signerTitle, p.signerName,
                p.year, p.status, p.parentPlanId, parentTitle, p.budgetNote, p.sample,
                p.legalBasis.stream().map(PlanCitation::view).toList(),
                p.sections.stream().map(PlanSection::view).toList(), taskRepository.countActive(p.id), p.updatedAt,
                p.version);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<PlanView> readablePlan(long id) {
        return plans.canRead(id) ? java.util.Optional.of(plan(id)) : java.util.Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public vn.ttdn.planning.PlanRights rights(long planId) {
        Plan plan = plans.readable(planId);
        vn.ttdn.identity.CurrentUser user = vn.ttdn.identity.CurrentUser.get();
        return new vn.ttdn.planning.PlanRights(PlanAccess.canEdit(user, plan), PlanAccess.canIssue(user, plan),
                user.coordinates(plan.provinceId));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> provincesForNewPlans() {
        Set<Long> every = new java.util.LinkedHashSet<>();
        directory.provinces().forEach(p -> every.add(p.id()));
        return PlanAccess.provincesForNewPlans(vn.ttdn.identity.CurrentUser.get(), every);
    }

    @Override
    public long createPlan(PlanForm form) {
        return plans.create(form);
    }

    @Override
    public void updatePlan(long id, PlanForm form) {
        plans.update(id, form);
    }

    @Override
    public void changeStatus(long id, PlanStatus status) {
        plans.changeStatus(id, status);
    }

    @Override
    public long copyToYear(long id, int year) {
        return copier.copyToYear(id, year);
    }

    @Override
    public void archivePlan(long id) {
        plans.archive(id);
    }

    @Override
    public long addSection(long planId, String ref, String heading) {
        return plans.addSection(planId, ref, heading);
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
        Task task = tasks.readable(id);
        return TaskQueries.view(task, plans.readable(task.planId), LocalDate.now());
    }

    @Override
    public long createTask(long planId, TaskForm form) {
        return tasks.create(planId, form);
    }

    @Override
    public void updateTask(long id, TaskForm form) {
        tasks.update(id, form);
    }

    @Override
    public void archiveTask(long id) {
        tasks.archive(id);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean concerns(long taskId, long agencyId) {
        return agenciesOf(taskId).contains(agencyId);
    }

    @Override
    public void recordProgress(long taskId, TaskStatus status, int percent, OffsetDateTime at) {
        tasks.recordProgress(taskId, status, percent, at);
    }

    @Override
    public long importPlan(PlanDraft draft) {
        return copier.importPlan(draft);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> agenciesOf(long taskId) {
        Task task = taskRepository.findById(taskId).orElseThrow();
        Set<Long> ids = new HashSet<>();
        for (TaskAssignment a : task.assignments) {
            if (a.agencyId != null) {
                ids.add(a.agencyId);
            } else if (a.groupId != null) {
                directory.membersOf(a.groupId).stream().map(AgencyView::id).forEach(ids::add);
            }
        }
        return ids;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanSummary> plansImplementing(long planId) {
        plans.readable(planId);
        return queries.summaries(plans.implementing(planId));
    }
}
