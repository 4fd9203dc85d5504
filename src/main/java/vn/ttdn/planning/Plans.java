package vn.ttdn.planning;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;

/**
 * Plans: reading, writing and their status (drafted, issued, closed, reopened). Every method checks the signed-in
 * user's scope: what she may not see is "not found", what she may see but not change is refused.
 */
public interface Plans {

    PageResult<PlanSummary> plans(Long provinceId, Integer year, PlanStatus status, ListQuery query);

    PlanView plan(long id);

    /** The plan if the user may read it; empty otherwise (no exception, so a caller's transaction stays intact). */
    Optional<PlanView> readablePlan(long id);

    PlanRights rights(long planId);

    /** Provinces in which the signed-in user may start a plan; empty when she may start none. */
    Set<Long> provincesForNewPlans();

    long createPlan(PlanForm form);

    /** Creates a plan from a draft, resolving printed agency names; unresolved names are kept as printed. */
    long importPlan(PlanDraft draft);

    /** Copies a plan with its sections and tasks (no progress) as a draft for another year. */
    long copyToYear(long id, int year);

    void updatePlan(long id, PlanForm form);

    /** A draft with at least one task becomes the province's work. */
    void issue(long id);

    /** An issued plan ends its term. */
    void close(long id);

    /** A closed plan is issued again; the reason is required and shown on the plan. */
    void reopen(long id, String reason);

    void archivePlan(long id);

    long addSection(long planId, String ref, String heading);

    List<PlanSummary> plansImplementing(long planId);
}
