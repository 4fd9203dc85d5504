package vn.ttdn.planning;

/** What the signed-in user may do with a plan, for choosing which buttons to show. */
public record PlanRights(boolean edit, boolean issue, boolean coordinate) {
}
