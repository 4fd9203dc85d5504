package vn.ttdn.planning;

/** One agency or group on a task, with the name as printed and as resolved. */
public record AssignmentView(AssignmentRole role, Long agencyId, Long groupId, String name, String printed) {

    public boolean resolved() {
        return agencyId != null || groupId != null;
    }
}
