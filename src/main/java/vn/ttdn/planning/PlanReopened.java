package vn.ttdn.planning;

/** A closed plan was issued again, for the reason given. */
public record PlanReopened(long provinceId, long planId, String reason) {
}
