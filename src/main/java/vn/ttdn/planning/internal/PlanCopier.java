package vn.ttdn.planning.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.ForbiddenException;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.identity.AuditTrail;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.planning.AssignmentRole;
import vn.ttdn.planning.PlanDraft;
import vn.ttdn.planning.PlanStatus;
import vn.ttdn.planning.Timeframe;

/** Plans made from other things: a draft read from a document, or last year's plan. */
@Service
@Transactional
class PlanCopier {

    private final PlanService plans;
    private final PlanRepository planRepository;
    private final TaskRepository tasks;
    private final Assignments assignments;
    private final AuditTrail audit;

    PlanCopier(PlanService plans, PlanRepository planRepository, TaskRepository tasks, Assignments assignments,
               AuditTrail audit) {
        this.plans = plans;
        this.planRepository = planRepository;
        this.tasks = tasks;
        this.assignments = assignments;
        this.audit = audit;
    }

    long importPlan(PlanDraft draft) {
        if (!CurrentUser.get().coordinates(draft.provinceId())) {
            throw new ForbiddenException("plan.forbidden.import");
        }
        Plan plan = new Plan();
        plan.provinceId = draft.provinceId();
        plan.kind = draft.kind();
        plan.number = draft.number();
        plan.title = draft.title() == null || draft.title().isBlank() ? "(Chưa có tên)" : draft.title();
        plan.issuerName = draft.issuerName();
        plan.issuedOn = draft.issuedOn();
        plan.signerAuthority = draft.signerAuthority();
        plan.signerTitle = draft.signerTitle();
        plan.signerName = draft.signerName();
        plan.year = draft.year();
        plan.budgetNote = draft.budgetNote();
        plan.sample = draft.sample();
        plan.createdBy = CurrentUser.get().username();
        plans.setLegalBasis(plan, draft.legalBasis());
        Map<String, PlanSection> sections = new HashMap<>();
        for (PlanDraft.Section s : draft.sections()) {
            PlanSection section = new PlanSection();
            section.ref = s.ref();
            section.heading = s.heading().length() > 1000 ? s.heading().substring(0, 1000) : s.heading();
            section.position = plan.sections.size();
            plan.sections.add(section);
            if (s.ref() != null) {
                sections.putIfAbsent(s.ref(), section);
            }
        }
        plan.touch();
        planRepository.saveAndFlush(plan);
        int position = 0;
        for (PlanDraft.Task t : draft.tasks()) {
            Task task = new Task();
            task.planId = plan.id;
            task.provinceId = plan.provinceId;
            task.position = position++;
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
        }
        audit.record("IMPORT", "Plan", plan.id, plan.provinceId,
                "Nhập kế hoạch " + plan.title + " với " + draft.tasks().size() + " nhiệm vụ", null, plan.snapshot());
        plans.announce(plan, draft.citations());
        return plan.id;
    }

    long copyToYear(long id, int year) {
        Plan source = plans.editable(id);
        if (year < 2000 || year > 2100) {
            throw new UserFacingException("year", "plan.year.range");
        }
        Plan copy = new Plan();
        copy.provinceId = source.provinceId;
        copy.kind = source.kind;
        copy.title = source.title.replace(String.valueOf(source.year), String.valueOf(year));
        copy.issuerName = source.issuerName;
        copy.ownerAgencyId = source.ownerAgencyId;
        copy.year = year;
        copy.parentPlanId = source.parentPlanId;
        copy.budgetNote = source.budgetNote;
        copy.status = PlanStatus.DRAFT;
        copy.createdBy = CurrentUser.get().username();
        source.legalBasis.forEach(c -> copy.legalBasis.add(PlanCitation.of(c.position, c.view())));
        Map<Long, PlanSection> sectionCopies = new HashMap<>();
        for (PlanSection s : source.sections) {
            PlanSection section = new PlanSection();
            section.ref = s.ref;
            section.heading = s.heading;
            section.position = s.position;
            copy.sections.add(section);
            sectionCopies.put(s.id, section);
        }
        copy.touch();
        planRepository.saveAndFlush(copy);
        List<Task> sourceTasks = tasks.findByPlanIdAndArchivedFalseOrderByPosition(source.id);
        for (Task t : sourceTasks) {
            tasks.save(copyTask(t, copy, sectionCopies, year - source.year));
        }
        audit.record("COPY", "Plan", copy.id, copy.provinceId, "Sao chép kế hoạch " + source.title + " sang năm " + year,
                null, copy.snapshot());
        plans.announce(copy, List.of());
        return copy.id;
    }

    private static Task copyTask(Task t, Plan copy, Map<Long, PlanSection> sections, int yearShift) {
        Task task = new Task();
        task.planId = copy.id;
        task.provinceId = copy.provinceId;
        task.position = t.position;
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
