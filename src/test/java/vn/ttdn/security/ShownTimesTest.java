package vn.ttdn.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.ttdn.TtdnTest;

/** A comment stored at a known instant is shown at that instant in Vietnam (UTC+7), not in UTC. */
@TtdnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ShownTimesTest extends SecurityTestSupport {

    @Test
    void aCommentIsShownAtVietnamTime() throws Exception {
        long task = jdbc.sql("select id from task order by id limit 1").query(Long.class).single();
        Instant stored = Instant.parse("2026-03-05T20:15:00Z");
        jdbc.sql("insert into task_comment (task_id, author, body, created_at) values (?, 'admin', 'Giờ VN', ?)")
                .params(task, Timestamp.from(stored)).update();
        String page = page("/tasks/" + task, "admin");
        assertThat(page).contains("06/03/2026 03:15").doesNotContain("05/03/2026 20:15");
    }
}
