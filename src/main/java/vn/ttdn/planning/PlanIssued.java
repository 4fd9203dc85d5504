package vn.ttdn.planning;

/** A plan was issued: its tasks are now the province's work. */
public record PlanIssued(long provinceId, long planId) {
}
