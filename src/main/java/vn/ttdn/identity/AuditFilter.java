package vn.ttdn.identity;

import java.time.LocalDate;

/** What the audit log is narrowed to; every part is optional. Dates are days in Vietnam, both ends included. */
public record AuditFilter(String entityType, String action, String username, LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }
}
