package vn.ttdn.directory;

import java.time.LocalDate;

/**
 * Published when an agency is merged into or renamed as another: its open work moves to the successor,
 * its history stays with it.
 */
public record AgencySucceeded(long predecessorId, long successorId, LocalDate effectiveOn, String kind) {
}
