package vn.ttdn.tracking;

import java.time.OffsetDateTime;

public record CommentView(long id, long taskId, String agencyName, String author, String authorName,
                          String body,
                          OffsetDateTime createdAt) {
}
