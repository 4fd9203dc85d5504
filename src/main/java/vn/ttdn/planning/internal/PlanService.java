package vn.ttdn.planning.internal;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.ConflictException;
import vn.ttdn.common.ForbiddenException;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.NotFoundException;
import vn.ttdn.common.PageResult;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.AuditTrail;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.planning.CitationView;
import vn.ttdn.planning.PlanCitationsRecorded;
import vn.ttdn.planning.PlanClosed;
import vn.ttdn.planning.PlanDraft;
import vn.ttdn.planning.PlanForm;
import vn.ttdn.planning.PlanIssued;
import vn.ttdn.planning.PlanReopened;
import vn.ttdn.planning.PlanRights;
import vn.ttdn.planning.PlanStatus;
import vn.ttdn.planning.PlanSummary;
import vn.ttdn.planning.PlanView;
import vn.ttdn.planning.Plans;
import vn.ttdn.planning.PlanningLabels;

/** Plans: reading them within the user's scope, making them (three ways, one constructor), changing their status. */
@Service
@Transactional
class PlanService implements Plans {

    private final PlanRepository plans;
    private final TaskRepository tasks;
    private final TaskQueries queries;
    private final PlanCopier copier;
    private final Directory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final PlanningLabels labels;

    PlanService(PlanRepository plans, TaskRepository tasks, TaskQueries queries, PlanCopier copier,
                Directory directory, AuditTrail audit, ApplicationEventPublisher events, PlanningLabels labels) {
        this.plans = plans;
        this.tasks = tasks;
        this.queries = queries;
        this.copier = copier;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
        this.labels = labels;
    }

    // ---- reading ----

    @Override
    @Transactional(readOnly = true)
    public PageResult<PlanSummary> plans(Long provinceId, Integer year, PlanStatus status, ListQuery query) {
        return queries.plans(provinceId, year, status, query);
    }

    @Override
    @Transactional(readOnly = true)
    public PlanView plan(long id) {
        Plan p = readable(id);
        String owner = p.ownerAgencyId == null ? null : directory.agency(p.ownerAgencyId).fullName();
        String parentTitle = p.parentPlanId == null ? null
                : plans.findById(p.parentPlanId).map(parent -> parent.title).orElse(null);
        return new PlanView(p.id, p.provinceId, directory.province(p.provinceId).name(), p.kind, p.number, p.title,
                p.issuerName, p.ownerAgencyId, owner, p.issuedOn, p.signerAuthority, p.signerTitle, p.signerName,
                p.year, p.status, p.parentPlanId, parentTitle, p.budgetNote, p.sample,
                p.legalBasis.stream().map(PlanCitation::view).toList(),
                p.sections.stream().map(PlanSection::view).toList(), tasks.countActive(p.id), p.updatedAt,
                p.version, p.reopenReason, p.reopenedAt);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlanView> readablePlan(long id) {
        boolean mayRead = plans.findById(id).map(plan -> PlanAccess.mayRead(CurrentUser.get(), plan)).orElse(false);
        return mayRead ? Optional.of(plan(id)) : Optional.empty();
    }

    @Override
    @Transactional(readOnly = true)
    public PlanRights rights(long planId) {
        Plan plan = readable(planId);
        CurrentUser user = CurrentUser.get();
        return new PlanRights(PlanAccess.canEdit(user, plan), PlanAccess.canIssue(user, plan),
                user.coordinates(plan.provinceId));
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> provincesForNewPlans() {
        Set<Long> every = new LinkedHashSet<>();
        directory.provinces().forEach(p -> every.add(p.id()));
        return PlanAccess.provincesForNewPlans(CurrentUser.get(), every);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanSummary> plansImplementing(long planId) {
        readable(planId);
        CurrentUser user = CurrentUser.get();
        return queries.summaries(plans.findByParentPlanIdAndArchivedFalse(planId).stream()
                .filter(p -> PlanAccess.canRead(user, p)).toList());
    }

    Plan readable(long id) {
        Plan plan = plans.findById(id).orElseThrow(() -> new NotFoundException("planning.what.plan"));
        PlanAccess.requireRead(CurrentUser.get(), plan);
        return plan;
    }

    Plan editable(long id) {
        Plan plan = readable(id);
        PlanAccess.requireEdit(CurrentUser.get(), plan);
        return plan;
    }

    // ---- making plans ----

    @Override
    public long createPlan(PlanForm form) {
        CurrentUser user = CurrentUser.get();
        checkOwner(user, form);
        Plan plan = new Plan(form.getProvinceId(), form.getOwnerAgencyId(), PlanHeader.of(form), false,
                user.username());
        plan.citeAsLegalBasis(citations(form.getLegalBasis()));
        checkParent(plan);
        plans.saveAndFlush(plan);
        audit.record("CREATE", "Plan", plan.id, plan.provinceId, "Tạo kế hoạch " + plan.title, null, plan.snapshot());
        announce(plan, List.of());
        return plan.id;
    }

    @Override
    public long importPlan(PlanDraft draft) {
        CurrentUser user = CurrentUser.get();
        if (!user.coordinates(draft.provinceId())) {
            throw new ForbiddenException("plan.forbidden.import");
        }
        Plan plan = new Plan(draft.provinceId(), null, PlanHeader.of(draft), draft.sample(), user.username());
        plan.citeAsLegalBasis(draft.legalBasis());
        Map<String, PlanSection> sections = copier.addSections(plan, draft);
        plans.saveAndFlush(plan);
        copier.importTasks(plan, draft, sections);
        audit.record("IMPORT", "Plan", plan.id, plan.provinceId,
                "Nhập kế hoạch " + plan.title + " với " + draft.tasks().size() + " nhiệm vụ", null, plan.snapshot());
        announce(plan, draft.citations());
        return plan.id;
    }

    @Override
    public long copyToYear(long id, int year) {
        Plan source = editable(id);
        if (year < 2000 || year > 2100) {
            throw new UserFacingException("year", "plan.year.range");
        }
        Plan copy = new Plan(source.provinceId, source.ownerAgencyId, source.header().forYear(year), false,
                CurrentUser.get().username());
        copy.citeAsLegalBasis(source.legalBasis.stream().map(PlanCitation::view).toList());
        Map<Long, PlanSection> sections = copier.copySections(source, copy);
        plans.saveAndFlush(copy);
        copier.copyTasks(source, copy, sections);
        audit.record("COPY", "Plan", copy.id, copy.provinceId, "Sao chép kế hoạch " + source.title + " sang năm " + year,
                null, copy.snapshot());
        announce(copy, List.of());
        return copy.id;
    }

    // ---- changing plans ----

    @Override
    public void updatePlan(long id, PlanForm form) {
        Plan plan = editable(id);
        if (form.getVersion() != null && form.getVersion() != plan.version) {
            throw new ConflictException("plan.conflict", vn.ttdn.common.Times.time(plan.updatedAt));
        }
        keepsPlace(plan, form);
        Map<String, Object> before = plan.snapshot();
        plan.revise(PlanHeader.of(form));
        if (form.getLegalBasis() != null) {
            plan.citeAsLegalBasis(citations(form.getLegalBasis()));
        }
        checkParent(plan);
        audit.record("UPDATE", "Plan", id, plan.provinceId, "Sửa kế hoạch " + plan.title, before, plan.snapshot());
        if (form.getLegalBasis() != null || !java.util.Objects.equals(before.get("number"), plan.number)) {
            announce(plan, List.of());
        }
    }

    @Override
    public void issue(long id) {
        Plan plan = readable(id);
        requireRight(PlanAccess.canIssue(CurrentUser.get(), plan));
        changeStatus(plan, () -> plan.issue(tasks.countActive(id)));
        events.publishEvent(new PlanIssued(plan.provinceId, plan.id));
    }

    @Override
    public void close(long id) {
        Plan plan = readable(id);
        requireRight(CurrentUser.get().coordinates(plan.provinceId));
        changeStatus(plan, plan::close);
        events.publishEvent(new PlanClosed(plan.provinceId, plan.id));
    }

    /** Reopening makes the plan issued again, so it takes the right to issue, as choosing "issued" always did. */
    @Override
    public void reopen(long id, String reason) {
        Plan plan = readable(id);
        requireRight(PlanAccess.canIssue(CurrentUser.get(), plan));
        changeStatus(plan, () -> plan.reopen(reason, CurrentUser.get().username()));
        events.publishEvent(new PlanReopened(plan.provinceId, plan.id, plan.reopenReason));
    }

    @Override
    public void archivePlan(long id) {
        Plan plan = readable(id);
        if (!CurrentUser.get().coordinates(plan.provinceId)) {
            throw new ForbiddenException("plan.forbidden.archive");
        }
        Map<String, Object> before = plan.snapshot();
        plan.archive();
        audit.record("ARCHIVE", "Plan", id, plan.provinceId, "Lưu trữ kế hoạch " + plan.title, before, plan.snapshot());
    }

    @Override
    public long addSection(long planId, String ref, String heading) {
        Plan plan = editable(planId);
        if (heading == null || heading.isBlank()) {
            throw new UserFacingException("heading", "plan.section.heading.required");
        }
        PlanSection section = plan.addSection(Plan.blankToNull(ref), heading.strip());
        // The plan is managed: flushing persists this very section (saveAndFlush would merge a copy, leaving id null).
        plans.flush();
        audit.record("ADD_SECTION", "Plan", planId, plan.provinceId, "Thêm mục " + heading, null,
                Map.of("ref", String.valueOf(ref), "heading", heading));
        return section.id;
    }

    /** The plan decides whether the change is allowed; a refusal is worded here in the reader's language. */
    private void changeStatus(Plan plan, Runnable change) {
        Map<String, Object> before = plan.snapshot();
        PlanStatus from = plan.status;
        try {
            change.run();
        } catch (PlanTransitionRefused e) {
            throw new UserFacingException(e.field, labels.message(e.key, labels.planStatus(from)));
        }
        audit.record("STATUS", "Plan", plan.id, plan.provinceId, "Chuyển kế hoạch sang " + plan.status, before,
                plan.snapshot());
    }

    private static void requireRight(boolean allowed) {
        if (!allowed) {
            throw new ForbiddenException("plan.forbidden.status");
        }
    }

    /** Tells the citation graph what the plan is and cites; {@code more} are citations beyond its legal basis. */
    private void announce(Plan plan, List<CitationView> more) {
        List<CitationView> cited = new java.util.ArrayList<>(plan.legalBasis.stream().map(PlanCitation::view).toList());
        cited.addAll(more);
        events.publishEvent(new PlanCitationsRecorded(plan.id, plan.provinceId, plan.kind.label(), plan.number,
                plan.title, plan.issuerName, plan.issuedOn, cited));
    }

    /** The legal basis as typed in the form, one document a line. */
    private static List<CitationView> citations(String lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.lines().map(String::strip).filter(s -> !s.isEmpty())
                .map(line -> new CitationView(null, null, line, null, null, line)).toList();
    }

    private void checkOwner(CurrentUser user, PlanForm form) {
        if (form.getOwnerAgencyId() == null) {
            if (!user.coordinates(form.getProvinceId())) {
                throw new ForbiddenException("plan.forbidden.createForProvince");
            }
            return;
        }
        AgencyView owner = directory.agency(form.getOwnerAgencyId());
        if (owner.provinceId() != form.getProvinceId()) {
            throw new UserFacingException("ownerAgencyId", "plan.owner.otherProvince");
        }
        if (!user.coordinates(owner.provinceId()) && !user.actsFor(owner.id())) {
            throw new ForbiddenException("plan.forbidden.ownAgencyOnly");
        }
    }

    /**
     * A plan stays in its province and with its author: ids naming another are refused, not silently dropped, so
     * that a client never believes it moved a plan. Left out, they keep what is stored.
     */
    private static void keepsPlace(Plan plan, PlanForm form) {
        if (form.getProvinceId() != null && form.getProvinceId() != plan.provinceId) {
            throw new UserFacingException("provinceId", "plan.province.fixed");
        }
        if (form.getOwnerAgencyId() != null && !form.getOwnerAgencyId().equals(plan.ownerAgencyId)) {
            throw new UserFacingException("ownerAgencyId", "plan.owner.fixed");
        }
    }

    private void checkParent(Plan plan) {
        if (plan.parentPlanId == null) {
            return;
        }
        Plan parent = plans.findById(plan.parentPlanId)
                .filter(p -> PlanAccess.canRead(CurrentUser.get(), p))
                .orElseThrow(() -> new UserFacingException("parentPlanId", "plan.parent.notFound"));
        if (parent.id.equals(plan.id)) {
            throw new UserFacingException("parentPlanId", "plan.parent.self");
        }
        // A plan implements one of its own province (or of a province merged into it), even for an administrator.
        if (!provinceAndMergedInto(plan.provinceId).contains(parent.provinceId)) {
            throw new UserFacingException("parentPlanId", "plan.parent.otherProvince");
        }
    }

    private Set<Long> provinceAndMergedInto(long provinceId) {
        Set<Long> scope = new java.util.HashSet<>(Set.of(provinceId));
        List<vn.ttdn.directory.ProvinceView> all = directory.provinces();
        boolean grew = true;
        while (grew) {
            grew = all.stream().filter(p -> p.successorId() != null && scope.contains(p.successorId()))
                    .map(p -> scope.add(p.id())).reduce(false, Boolean::logicalOr);
        }
        return scope;
    }
}
