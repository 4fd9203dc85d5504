package vn.ttdn.tracking;

import java.time.OffsetDateTime;
import java.util.List;
import vn.ttdn.planning.TaskStatus;

/** A progress update with its evidence files, as the task page shows it; signed with the author's login and name. */
public record UpdateView(long id, long taskId, long agencyId, String agencyName, String author, String authorName,
                         TaskStatus status,
                         int percent, String narrative, OffsetDateTime createdAt, List<EvidenceView> evidence) {

    public record EvidenceView(long id, String fileName, String contentType, long sizeBytes) {
    }
}
