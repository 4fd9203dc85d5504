package vn.ttdn.directory.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.ttdn.changes.ProvinceData;

/** A merger or renaming, kept so the history of who became whom can be read back. */
@Entity
class Reorganisation implements ProvinceData {
    @Override
    public Long provinceId() {
        return null; // mergers move data between provinces
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String kind;
    String subject;
    long predecessorId;
    long successorId;
    LocalDate effectiveOn;
    String note;
    int tasksMoved;
    OffsetDateTime createdAt = OffsetDateTime.now();
    String createdBy;
}
