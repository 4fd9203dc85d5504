package vn.ttdn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ttdn.TtdnTest;

/**
 * A client that saw a connection error sends its request again with the same {@code Idempotency-Key}: the work is
 * done once and the retry gets the first answer. A key is the user's own, names one request, and lives 24 hours.
 */
@TtdnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdempotencyKeyTest extends SecurityTestSupport {

    private static final String UPDATE = "{\"status\":\"IN_PROGRESS\",\"percent\":55,\"narrative\":\"Đã in tờ rơi\"}";

    private MockHttpServletRequestBuilder update(long task, String user, String key, String body) {
        MockHttpServletRequestBuilder request = post("/api/tasks/{id}/updates", task).with(as(user)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body);
        return key == null ? request : request.header("Idempotency-Key", key);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private long updates(long task) {
        return jdbc.sql("select count(*) from progress_update where task_id = ?").param(task).query(Long.class).single();
    }

    private static String key() {
        return "cap-nhat-" + UUID.randomUUID();
    }

    @Test
    void theSameKeyTwiceCreatesOneUpdateAndTheRetryGetsTheFirstAnswer() throws Exception {
        long task = f.freshIssuedTask();
        String key = key();

        MockHttpServletResponse first = send(update(task, "canbo.ngoaivu", key, UPDATE));
        MockHttpServletResponse retry = send(update(task, "canbo.ngoaivu", key, UPDATE));

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(first.getHeader("Idempotent-Replayed")).isNull();
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getHeader("Location")).isEqualTo(first.getHeader("Location"))
                .isEqualTo("/api/tasks/" + task + "/updates");
        assertThat(retry.getContentType()).isEqualTo(first.getContentType());
        assertThat(retry.getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(first.getContentAsString(StandardCharsets.UTF_8)).contains("Đã in tờ rơi");
        assertThat(updates(task)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherRequestIsRefusedAndChangesNothing() throws Exception {
        long task = f.freshIssuedTask();
        String key = key();
        send(update(task, "canbo.ngoaivu", key, UPDATE));

        mvc.perform(update(task, "canbo.ngoaivu", key, UPDATE.replace("55", "80")))
                .andExpect(status().is(422))
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail").value("Khóa Idempotency-Key này đã được dùng cho một yêu cầu khác."
                        + " Mỗi yêu cầu mới cần một khóa mới."))
                .andExpect(jsonPath("$.errors['Idempotency-Key']").exists());
        // Another address is another request too.
        mvc.perform(post("/api/tasks/{id}/comments", task).with(as("canbo.ngoaivu")).with(csrf())
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content(UPDATE))
                .andExpect(status().is(422));

        assertThat(updates(task)).isEqualTo(1);
    }

    @Test
    void anotherUserWithTheSameKeyGetsHerOwnUpdateNotTheFirstUsersAnswer() throws Exception {
        long task = f.freshIssuedTask();
        String key = key();
        send(update(task, "canbo.ngoaivu", key, UPDATE));

        MockHttpServletResponse leaders = send(update(task, "lanhdao.ngoaivu", key, UPDATE));

        assertThat(leaders.getStatus()).isEqualTo(201);
        assertThat(leaders.getHeader("Idempotent-Replayed")).isNull();
        assertThat(leaders.getContentAsString(StandardCharsets.UTF_8)).contains("lanhdao.ngoaivu");
        assertThat(jdbc.sql("select author from progress_update where task_id = ? order by id").param(task)
                .query(String.class).list()).containsExactly("canbo.ngoaivu", "lanhdao.ngoaivu");
    }

    @Test
    void aKeyThatIsNotOneToAHundredPrintableAsciiCharactersIsRefusedInVietnamese() throws Exception {
        long task = f.freshIssuedTask();
        for (String bad : new String[] {"", "   ", "k".repeat(101), "khóa-cập-nhật", "a\tb"}) {
            mvc.perform(update(task, "canbo.ngoaivu", bad, UPDATE))
                    .andExpect(status().isBadRequest())
                    .andExpect(header().string("Content-Type", "application/problem+json;charset=UTF-8"))
                    .andExpect(jsonPath("$.title").value("Dữ liệu gửi lên không hợp lệ"))
                    .andExpect(jsonPath("$.errors['Idempotency-Key']").value("Khóa Idempotency-Key phải có từ 1"
                            + " đến 100 ký tự ASCII in được (chữ không dấu, số, dấu câu)."));
        }
        assertThat(send(update(task, "canbo.ngoaivu", "k".repeat(100), UPDATE)).getStatus()).isEqualTo(201);
        assertThat(updates(task)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryPostIsDoneAsBefore() throws Exception {
        long task = f.freshIssuedTask();

        MockHttpServletResponse first = send(update(task, "canbo.ngoaivu", null, UPDATE));
        MockHttpServletResponse second = send(update(task, "canbo.ngoaivu", null, UPDATE));

        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(second.getStatus()).isEqualTo(201);
        assertThat(second.getHeader("Idempotent-Replayed")).isNull();
        assertThat(updates(task)).isEqualTo(2);
    }

    @Test
    void aRetryWhileTheFirstIsStillRunningIsToldSoAndTheFirstStillCompletes() throws Exception {
        long task = f.freshIssuedTask();
        String key = key();
        CompletableFuture<MockHttpServletResponse> first;
        try (HeldTask held = new HeldTask(dataSource, task)) {
            first = CompletableFuture.supplyAsync(() -> {
                try {
                    return send(update(task, "canbo.ngoaivu", key, UPDATE));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            awaitClaim(key);

            mvc.perform(update(task, "canbo.ngoaivu", key, UPDATE))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value("Yêu cầu với khóa Idempotency-Key này đang được xử lý."
                            + " Hãy thử lại sau giây lát."));
        }

        assertThat(first.get(30, TimeUnit.SECONDS).getStatus()).isEqualTo(201);
        assertThat(send(update(task, "canbo.ngoaivu", key, UPDATE)).getHeader("Idempotent-Replayed"))
                .isEqualTo("true");
        assertThat(updates(task)).isEqualTo(1);
    }

    @Test
    void aRefusedRequestGivesItsKeyUpSoTheCorrectedRetryIsDone() throws Exception {
        long task = f.freshIssuedTask();
        String key = key();

        mvc.perform(update(task, "canbo.ngoaivu", key, UPDATE.replace("55", "150")))
                .andExpect(status().isBadRequest());
        MockHttpServletResponse corrected = send(update(task, "canbo.ngoaivu", key, UPDATE));

        assertThat(corrected.getStatus()).isEqualTo(201);
        assertThat(corrected.getHeader("Idempotent-Replayed")).isNull();
        assertThat(updates(task)).isEqualTo(1);
    }

    @Test
    void aKeyExpiresAfterTwentyFourHours() throws Exception {
        long task = f.freshIssuedTask();
        String key = key();
        send(update(task, "canbo.ngoaivu", key, UPDATE));
        jdbc.sql("update idempotent_request set created_at = now() - interval '25 hours' where request_key = ?")
                .param(key).update();

        MockHttpServletResponse later = send(update(task, "canbo.ngoaivu", key, UPDATE.replace("55", "90")));

        assertThat(later.getStatus()).isEqualTo(201);
        assertThat(later.getHeader("Idempotent-Replayed")).isNull();
        assertThat(updates(task)).isEqualTo(2);
    }

    @Test
    void anUpdateWithEvidenceFilesIsStoredOnceWithItsFiles() throws Exception {
        long task = f.freshIssuedTask();
        String key = key();
        MockMultipartFile pdf = new MockMultipartFile("files", "bao-cao.pdf", "application/pdf", Fixtures.PDF);

        for (int i = 0; i < 2; i++) {
            mvc.perform(multipart("/api/tasks/{id}/updates", task).file(pdf).param("status", "IN_PROGRESS")
                            .param("percent", "70").param("narrative", "Kèm tệp").header("Idempotency-Key", key)
                            .with(as("canbo.ngoaivu")).with(csrf()))
                    .andExpect(status().isCreated());
        }
        MockMultipartFile other = new MockMultipartFile("files", "bao-cao.pdf", "application/pdf",
                (new String(Fixtures.PDF, StandardCharsets.US_ASCII) + "%khác\n").getBytes(StandardCharsets.US_ASCII));
        mvc.perform(multipart("/api/tasks/{id}/updates", task).file(other).param("status", "IN_PROGRESS")
                        .param("percent", "70").param("narrative", "Kèm tệp").header("Idempotency-Key", key)
                        .with(as("canbo.ngoaivu")).with(csrf()))
                .andExpect(status().is(422));

        assertThat(updates(task)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from evidence_file e join progress_update u on u.id = e.update_id"
                + " where u.task_id = ?").param(task).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void commentsAndPlansAreCreatedOnceToo() throws Exception {
        long task = f.freshIssuedTask();
        String key = key();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/tasks/{id}/comments", task).with(as("canbo.ngoaivu")).with(csrf())
                            .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"body\":\"Đã gửi báo cáo\"}"))
                    .andExpect(status().isCreated());
        }
        assertThat(jdbc.sql("select count(*) from task_comment where task_id = ?").param(task).query(Long.class)
                .single()).isEqualTo(1);

        String title = "Kế hoạch gửi lại " + key;
        String plan = "{\"provinceId\":" + f.tuyenQuang + ",\"kind\":\"PLAN\",\"year\":2026,\"title\":\"" + title
                + "\"}";
        MockHttpServletResponse created = null;
        for (int i = 0; i < 2; i++) {
            created = send(post("/api/plans").with(as("dieuphoi")).with(csrf()).header("Idempotency-Key", key)
                    .contentType(MediaType.APPLICATION_JSON).content(plan));
            assertThat(created.getStatus()).isEqualTo(201);
        }
        assertThat(created.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(jdbc.sql("select count(*) from plan where title = ?").param(title).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void theApiDocumentationNamesTheHeaderOnCreatingCalls() throws Exception {
        assertThat(page("/v3/api-docs", "dieuphoi")).contains("\"name\":\"Idempotency-Key\",\"in\":\"header\"");
    }

    /** Waits until the first request has claimed the key, and so is in flight. */
    private void awaitClaim(String key) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (jdbc.sql("select count(*) from idempotent_request where request_key = ? and not completed")
                .param(key).query(Long.class).single() == 0) {
            assertThat(Instant.now()).as("the first request claims its key").isBefore(until);
            Thread.sleep(20);
        }
    }
}
