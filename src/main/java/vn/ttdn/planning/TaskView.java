package vn.ttdn.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A task with its plan's essentials, as pages and the API show it. */
public record TaskView(long id, long planId, String planTitle, String planNumber, long provinceId, Long sectionId,
                       String sectionHeading, String ref, String content, Timeframe timeframe, String expectedOutput,
                       BigDecimal budgetEstimate, TaskStatus status, int percent, boolean overdue,
                       OffsetDateTime lastUpdateAt, List<AssignmentView> lead, List<AssignmentView> coordinating,
                       long version) {

    public String leadNames() {
        return String.join("; ", lead.stream().map(AssignmentView::name).toList());
    }

    /** Whether a lead agency is only a printed name the directory does not know. */
    public boolean hasUnresolvedLead() {
        return lead.stream().anyMatch(a -> !a.resolved());
    }

    public String coordinatingNames() {
        return String.join("; ", coordinating.stream().map(AssignmentView::name).toList());
    }

    /**
     * The part an agency plays in this task, directly or through one of its groups: leading wins over helping;
     * null if neither.
     */
    public AssignmentRole roleOf(long agencyId, java.util.Set<Long> groupIds) {
        if (lead.stream().anyMatch(a -> names(a, agencyId, groupIds))) {
            return AssignmentRole.LEAD;
        }
        return coordinating.stream().anyMatch(a -> names(a, agencyId, groupIds)) ? AssignmentRole.COORDINATING : null;
    }

    private static boolean names(AssignmentView a, long agencyId, java.util.Set<Long> groupIds) {
        return Long.valueOf(agencyId).equals(a.agencyId()) || (a.groupId() != null && groupIds.contains(a.groupId()));
    }

    public LocalDate dueDate() {
        return timeframe.end();
    }
}
