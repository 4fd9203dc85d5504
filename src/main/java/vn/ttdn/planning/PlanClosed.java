package vn.ttdn.planning;

/** A plan ended its term. */
public record PlanClosed(long provinceId, long planId) {
}
