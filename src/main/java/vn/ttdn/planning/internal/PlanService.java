package vn.ttdn.planning.internal;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.ConflictException;
import vn.ttdn.common.ForbiddenException;
import vn.ttdn.common.NotFoundException;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.AuditTrail;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.planning.CitationView;
import vn.ttdn.planning.PlanCitationsRecorded;
import vn.ttdn.planning.PlanForm;
import vn.ttdn.planning.PlanStatus;

/** Creating and changing plans: header, legal basis, sections, status, copying to the next year. */
@Service
@Transactional
class PlanService {

    private final PlanRepository plans;
    private final TaskRepository tasks;
    private final Directory directory;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    PlanService(PlanRepository plans, TaskRepository tasks, Directory directory, AuditTrail audit,
                ApplicationEventPublisher events) {
        this.plans = plans;
        this.tasks = tasks;
        this.directory = directory;
        this.audit = audit;
        this.events = events;
    }

    boolean canRead(long id) {
        return plans.findById(id).map(plan -> PlanAccess.mayRead(CurrentUser.get(), plan)).orElse(false);
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

    long create(PlanForm form) {
        CurrentUser user = CurrentUser.get();
        checkOwner(user, form);
        Plan plan = new Plan();
        plan.apply(form);
        plan.createdBy = user.username();
        setLegalBasis(plan, form.getLegalBasis());
        checkParent(plan);
        plans.saveAndFlush(plan);
        audit.record("CREATE", "Plan", plan.id, plan.provinceId, "Tạo kế hoạch " + plan.title, null, plan.snapshot());
        announce(plan, List.of());
        return plan.id;
    }

    void update(long id, PlanForm form) {
        Plan plan = editable(id);
        if (form.getVersion() != null && form.getVersion() != plan.version) {
            throw new ConflictException("Kế hoạch này vừa được người khác sửa lúc "
                    + vn.ttdn.common.Times.time(plan.updatedAt) + ". Tải lại trang để xem bản mới rồi sửa lại.");
        }
        keepPlace(plan, form);
        Map<String, Object> before = plan.snapshot();
        plan.apply(form);
        if (form.getLegalBasis() != null) {
            setLegalBasis(plan, form.getLegalBasis());
        }
        checkParent(plan);
        audit.record("UPDATE", "Plan", id, plan.provinceId, "Sửa kế hoạch " + plan.title, before, plan.snapshot());
        if (form.getLegalBasis() != null || !java.util.Objects.equals(before.get("number"), plan.number)) {
            announce(plan, List.of());
        }
    }

    void changeStatus(long id, PlanStatus status) {
        Plan plan = readable(id);
        if (status == null) {
            throw new UserFacingException("status", "plan.status.required");
        }
        CurrentUser user = CurrentUser.get();
        boolean allowed = status == PlanStatus.ISSUED ? PlanAccess.canIssue(user, plan) : user.coordinates(plan.provinceId);
        if (!allowed) {
            throw new ForbiddenException("plan.forbidden.status");
        }
        if (status == PlanStatus.ISSUED && tasks.countActive(id) == 0) {
            throw new UserFacingException("status", "plan.issue.noTasks");
        }
        Map<String, Object> before = plan.snapshot();
        plan.status = status;
        plan.touch();
        audit.record("STATUS", "Plan", id, plan.provinceId, "Chuyển kế hoạch sang " + status, before, plan.snapshot());
    }

    void archive(long id) {
        Plan plan = readable(id);
        if (!CurrentUser.get().coordinates(plan.provinceId)) {
            throw new ForbiddenException("plan.forbidden.archive");
        }
        Map<String, Object> before = plan.snapshot();
        plan.archived = true;
        plan.touch();
        audit.record("ARCHIVE", "Plan", id, plan.provinceId, "Lưu trữ kế hoạch " + plan.title, before, plan.snapshot());
    }

    long addSection(long planId, String ref, String heading) {
        Plan plan = editable(planId);
        if (heading == null || heading.isBlank()) {
            throw new UserFacingException("heading", "plan.section.heading.required");
        }
        PlanSection section = new PlanSection();
        section.ref = Plan.blankToNull(ref);
        section.heading = heading.strip();
        section.position = plan.sections.size();
        plan.sections.add(section);
        // The plan is managed: flushing persists this very section (saveAndFlush would merge a copy, leaving id null).
        plans.flush();
        audit.record("ADD_SECTION", "Plan", planId, plan.provinceId, "Thêm mục " + heading, null,
                Map.of("ref", String.valueOf(ref), "heading", heading));
        return section.id;
    }

    List<Plan> implementing(long planId) {
        CurrentUser user = CurrentUser.get();
        return plans.findByParentPlanIdAndArchivedFalse(planId).stream()
                .filter(p -> PlanAccess.canRead(user, p)).toList();
    }

    /** Tells the citation graph what the plan is and cites; {@code more} are citations beyond its legal basis. */
    void announce(Plan plan, List<CitationView> more) {
        List<CitationView> cited = new java.util.ArrayList<>(plan.legalBasis.stream().map(PlanCitation::view).toList());
        cited.addAll(more);
        events.publishEvent(new PlanCitationsRecorded(plan.id, plan.provinceId, plan.kind.label(), plan.number,
                plan.title, plan.issuerName, plan.issuedOn, cited));
    }

    void setLegalBasis(Plan plan, String lines) {
        plan.legalBasis.clear();
        if (lines == null) {
            return;
        }
        int position = 0;
        for (String line : lines.lines().map(String::strip).filter(s -> !s.isEmpty()).toList()) {
            plan.legalBasis.add(PlanCitation.of(position++, new CitationView(null, null, line, null, null, line)));
        }
    }

    void setLegalBasis(Plan plan, List<CitationView> citations) {
        plan.legalBasis.clear();
        int position = 0;
        for (CitationView c : citations) {
            plan.legalBasis.add(PlanCitation.of(position++, c));
        }
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
    private static void keepPlace(Plan plan, PlanForm form) {
        if (form.getProvinceId() != null && form.getProvinceId() != plan.provinceId) {
            throw new UserFacingException("provinceId", "plan.province.fixed");
        }
        if (form.getOwnerAgencyId() != null && !form.getOwnerAgencyId().equals(plan.ownerAgencyId)) {
            throw new UserFacingException("ownerAgencyId", "plan.owner.fixed");
        }
        form.setProvinceId(plan.provinceId);
        form.setOwnerAgencyId(plan.ownerAgencyId);
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

    private java.util.Set<Long> provinceAndMergedInto(long provinceId) {
        java.util.Set<Long> scope = new java.util.HashSet<>(java.util.Set.of(provinceId));
        List<vn.ttdn.directory.ProvinceView> all = directory.provinces();
        boolean grew = true;
        while (grew) {
            grew = all.stream().filter(p -> p.successorId() != null && scope.contains(p.successorId()))
                    .map(p -> scope.add(p.id())).reduce(false, Boolean::logicalOr);
        }
        return scope;
    }
}
