package vn.ttdn.identity;

import java.time.OffsetDateTime;

/**
 * One line of the audit log: who did what to which record, when (Vietnam time), and the record before and after
 * as indented JSON (null when there was nothing before, or nothing worth keeping after, such as a password).
 */
public record AuditView(long id, OffsetDateTime at, String username, Long provinceId, String action,
                        String entityType, Long entityId, String summary, String before, String after) {
}
