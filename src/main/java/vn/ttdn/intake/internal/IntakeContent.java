package vn.ttdn.intake.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The bytes of an uploaded document, kept apart so that drafts load without them. */
@Entity
class IntakeContent {
    @Id
    Long intakeId;
    byte[] content;

    IntakeContent() {
    }

    IntakeContent(long intakeId, byte[] content) {
        this.intakeId = intakeId;
        this.content = content;
    }
}
