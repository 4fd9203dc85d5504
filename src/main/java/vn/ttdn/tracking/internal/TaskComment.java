package vn.ttdn.tracking.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

@Entity
class TaskComment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    long taskId;
    Long agencyId;
    String author;
    String body;
    OffsetDateTime createdAt = OffsetDateTime.now();
}
