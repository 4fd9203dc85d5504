package vn.ttdn.planning.internal;

import java.util.Map;
import vn.ttdn.common.ForbiddenException;
import vn.ttdn.common.NotFoundException;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.identity.Role;
import vn.ttdn.planning.PlanStatus;

/**
 * Who may read and change a plan. A draft belongs to its author (the coordinating department, or the agency whose
 * own plan it is) and stays invisible to everyone else; an issued plan is read by the whole province.
 */
final class PlanAccess {

    private PlanAccess() {
    }

    static boolean canRead(CurrentUser user, Plan plan) {
        if (user.isAdmin()) {
            return true;
        }
        if (!user.inProvince(plan.provinceId)) {
            return false;
        }
        if (plan.status != PlanStatus.DRAFT) {
            return true;
        }
        return plan.ownerAgencyId == null ? user.coordinates(plan.provinceId)
                : user.coordinates(plan.provinceId) || plan.ownerAgencyId.equals(user.agencyId());
    }

    static boolean canEdit(CurrentUser user, Plan plan) {
        if (user.coordinates(plan.provinceId)) {
            return true;
        }
        // An agency drafts its own plan; once issued, only the coordinating department changes it.
        return plan.ownerAgencyId != null && plan.status == PlanStatus.DRAFT && user.actsFor(plan.ownerAgencyId);
    }

    static boolean canIssue(CurrentUser user, Plan plan) {
        return user.coordinates(plan.provinceId)
                || (plan.ownerAgencyId != null && user.actsFor(plan.ownerAgencyId) && user.has(Role.AGENCY_LEADER));
    }

    /**
     * Provinces where the user may start a plan: those she coordinates (all of them for an administrator, passed in
     * as {@code everyProvince}), and her own for an agency's plan if she works for an agency.
     */
    static java.util.Set<Long> provincesForNewPlans(CurrentUser user, java.util.Set<Long> everyProvince) {
        if (user.isAdmin()) {
            return everyProvince;
        }
        java.util.Set<Long> provinces = new java.util.LinkedHashSet<>();
        if (user.has(Role.COORDINATOR)) {
            provinces.addAll(user.provinceScope());
        }
        if (user.actsFor(user.agencyId()) && user.provinceId() != null) {
            provinces.add(user.provinceId());
        }
        return provinces;
    }

    /** Readable, and not archived unless the user coordinates the province (archived plans are the office's). */
    static boolean mayRead(CurrentUser user, Plan plan) {
        return !(plan.archived && !user.coordinates(plan.provinceId)) && canRead(user, plan);
    }

    static void requireRead(CurrentUser user, Plan plan) {
        if (!mayRead(user, plan)) {
            throw new NotFoundException("planning.what.plan");
        }
    }

    static void requireEdit(CurrentUser user, Plan plan) {
        requireRead(user, plan);
        if (!canEdit(user, plan)) {
            throw new ForbiddenException("plan.forbidden.edit");
        }
    }

    /** The JPQL condition (on alias p) that keeps only plans the user may read, with its parameters. */
    static String readableCondition(CurrentUser user, Map<String, Object> params) {
        if (user.isAdmin()) {
            return "1=1";
        }
        params.put("scopeProvinces", user.provinceScope()); // a collection: bound by AnyOf.bound
        if (user.has(Role.COORDINATOR)) {
            return "any_of(:scopeProvinces, p.provinceId)";
        }
        String notArchived = " and p.archived = false";
        if (user.agencyId() == null) {
            return "any_of(:scopeProvinces, p.provinceId) and p.status <> 'DRAFT'" + notArchived;
        }
        params.put("scopeAgency", user.agencyId());
        return "any_of(:scopeProvinces, p.provinceId) and (p.status <> 'DRAFT' or p.ownerAgencyId = :scopeAgency)"
                + notArchived;
    }
}
