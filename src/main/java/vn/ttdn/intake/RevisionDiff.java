package vn.ttdn.intake;

import java.util.List;

/**
 * What a revised document changes in the plan it revises.
 *
 * @param header    header fields whose value differs ("title", "number", "issuedOn", "year", "kind")
 * @param unchanged tasks found again as they were
 */
public record RevisionDiff(long previousPlanId, String previousTitle, String previousNumber,
                           List<FieldChange> header, List<TaskChange> added, List<TaskChange> removed,
                           List<TaskChange> changed, int unchanged) {

    public boolean hasChanges() {
        return !header.isEmpty() || !added.isEmpty() || !removed.isEmpty() || !changed.isEmpty();
    }

    public record FieldChange(String field, String before, String after) {
    }

    /**
     * A task added (before null), removed (after null) or changed; {@code lineFrom} points into the new document.
     *
     * @param fields what differs for a changed task: "content", "lead", "coordinating", "timeframe"
     */
    public record TaskChange(String ref, TaskText before, TaskText after, List<String> fields, Long previousTaskId,
                             int lineFrom, int lineTo) {
    }

    /** A task reduced to what a reader compares. */
    public record TaskText(String ref, String content, String lead, String coordinating, String timeframe) {
    }
}
