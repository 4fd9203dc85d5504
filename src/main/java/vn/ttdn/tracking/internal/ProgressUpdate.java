package vn.ttdn.tracking.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.ttdn.planning.TaskStatus;

@Entity
class ProgressUpdate {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    long taskId;
    long agencyId;
    String author;
    @Enumerated(EnumType.STRING)
    TaskStatus status;
    int percent;
    String narrative;
    OffsetDateTime createdAt = OffsetDateTime.now();

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("taskId", taskId);
        m.put("agencyId", agencyId);
        m.put("status", status);
        m.put("percent", percent);
        m.put("narrative", narrative);
        return m;
    }
}
