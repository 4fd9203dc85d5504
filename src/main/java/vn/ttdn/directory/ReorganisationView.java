package vn.ttdn.directory;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * One merger or renaming as the history shows it. {@code kind} is MERGE or RENAME, {@code subject} AGENCY or
 * PROVINCE; the names are those of the predecessor and successor records, with their provinces' names for an
 * agency (null for a province).
 */
public record ReorganisationView(long id, String kind, String subject, long predecessorId, String predecessorName,
                                 String predecessorProvince, long successorId, String successorName,
                                 String successorProvince, LocalDate effectiveOn, String note,
                                 OffsetDateTime createdAt, String createdBy) {

    public boolean renaming() {
        return "RENAME".equals(kind);
    }

    public boolean ofAgency() {
        return "AGENCY".equals(subject);
    }

    /** False when a group took over the agency's work (a dissolution): the successor is then a group. */
    public boolean toAgency() {
        return ofAgency() && !"DISSOLVE".equals(kind);
    }
}
