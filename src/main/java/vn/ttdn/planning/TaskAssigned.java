package vn.ttdn.planning;

/** An agency was newly given a task, to lead it or to help; one event per agency and role. */
public record TaskAssigned(long provinceId, long planId, long taskId, long agencyId, AssignmentRole role) {
}
