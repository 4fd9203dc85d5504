package vn.ttdn.planning;

/** Where a task stands, as the last progress update said. */
public enum TaskStatus {
    NOT_STARTED, IN_PROGRESS, DONE, CANCELLED;

    public boolean finished() {
        return this == DONE || this == CANCELLED;
    }
}
