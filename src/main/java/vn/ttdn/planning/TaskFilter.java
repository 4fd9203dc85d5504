package vn.ttdn.planning;

/**
 * Which tasks a list shows. {@code agencyId} selects the tasks an agency leads or helps with, groups expanded;
 * {@code role} narrows that to leading or helping.
 */
public record TaskFilter(Long planId, Long provinceId, Long agencyId, AssignmentRole role, TaskStatus status,
                         boolean overdueOnly, Integer year) {

    public static TaskFilter ofPlan(long planId) {
        return new TaskFilter(planId, null, null, null, null, false, null);
    }

    public static TaskFilter ofAgency(long agencyId) {
        return new TaskFilter(null, null, agencyId, null, null, false, null);
    }
}
