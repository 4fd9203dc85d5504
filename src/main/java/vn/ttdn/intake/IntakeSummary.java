package vn.ttdn.intake;

import java.time.OffsetDateTime;

/** A row of the intake list. */
public record IntakeSummary(long id, String provinceName, String fileName, String title, String number,
                            String uploadedBy, OffsetDateTime uploadedAt, IntakeStatus status, Long planId) {
}
