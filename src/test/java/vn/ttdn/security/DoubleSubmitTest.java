package vn.ttdn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.ttdn.TtdnTest;

/**
 * A page form sent twice (a double click, a second click while the first send is slow) creates one record: each
 * POST form carries a one-time {@code _submission} id, and the second send with it is answered with the first
 * one's redirect, after waiting for the first if it is still running.
 */
@TtdnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DoubleSubmitTest extends SecurityTestSupport {

    private static final String OFFICER = "canbo.ngoaivu";

    /** The progress form of the task's page, as the officer's browser gets it: its one-time id. */
    private String submissionOfUpdateForm(long task) throws Exception {
        Document html = Jsoup.parse(page("/tasks/" + task, OFFICER));
        Element form = html.selectFirst("form[action$=/tasks/" + task + "/updates]");
        assertThat(form).as("the officer's task page has the progress form").isNotNull();
        return form.selectFirst("input[type=hidden][name=_submission]").val();
    }

    /** The form as the browser sends it (multipart, its fields, its one-time id). */
    private MockMultipartHttpServletRequestBuilder sendUpdate(long task, String submission, String percent,
                                                              String narrative) {
        MockMultipartHttpServletRequestBuilder request = multipart("/tasks/{id}/updates", task).with(as(OFFICER)).with(csrf())
                .param("status", "IN_PROGRESS").param("percent", percent).param("narrative", narrative);
        return submission == null ? request : request.param("_submission", submission);
    }

    private MockHttpServletResponse send(RequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    private CompletableFuture<MockHttpServletResponse> sendLater(RequestBuilder request) {
        return CompletableFuture.supplyAsync(() -> {
            try {
                return send(request);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private long updates(long task) {
        return jdbc.sql("select count(*) from progress_update where task_id = ?").param(task).query(Long.class).single();
    }

    @Test
    void everyPostFormCarriesItsOwnOneTimeIdBesideTheCsrfTokenAndSearchFormsNone() throws Exception {
        Document html = Jsoup.parse(page("/tasks/" + f.issuedTask, OFFICER));

        List<Element> posts = html.select("form[method=post]");
        assertThat(posts).hasSizeGreaterThanOrEqualTo(3); // progress, comment, sign out
        List<String> ids = posts.stream().map(form -> {
            assertThat(form.select("input[type=hidden][name=_csrf]")).as(form.attr("action")).hasSize(1);
            return form.selectFirst("input[type=hidden][name=_submission]").val();
        }).toList();
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("[A-Za-z0-9_-]{22}"));
        Document tasks = Jsoup.parse(page("/my-tasks", OFFICER));
        assertThat(tasks.select("form[method=get] input[name=_submission]")).isEmpty();
    }

    @Test
    void theSameFormSentTwiceCreatesOneUpdateAndBothAnswersLeadToTheTask() throws Exception {
        long task = f.freshIssuedTask();
        String submission = submissionOfUpdateForm(task);

        MockHttpServletResponse first = send(sendUpdate(task, submission, "45", "Đã gửi công văn đôn đốc"));
        MockHttpServletResponse second = send(sendUpdate(task, submission, "45", "Đã gửi công văn đôn đốc"));

        assertThat(first.getStatus()).isEqualTo(302);
        assertThat(first.getRedirectedUrl()).isEqualTo("/tasks/" + task);
        assertThat(second.getStatus()).isEqualTo(302);
        assertThat(second.getRedirectedUrl()).isEqualTo("/tasks/" + task);
        assertThat(updates(task)).isEqualTo(1);
    }

    @Test
    void aSecondSendWhileTheFirstIsRunningWaitsForItAndLeadsToTheTask() throws Exception {
        long task = f.freshIssuedTask();
        String submission = submissionOfUpdateForm(task);
        CompletableFuture<MockHttpServletResponse> first;
        CompletableFuture<MockHttpServletResponse> second;
        try (HeldTask held = new HeldTask(dataSource, task)) {
            first = sendLater(sendUpdate(task, submission, "50", "Đang in ấn phẩm"));
            awaitClaim(submission);
            second = sendLater(sendUpdate(task, submission, "50", "Đang in ấn phẩm"));
            Thread.sleep(500);
            assertThat(second).as("the second send waits for the first").isNotDone();
        }

        assertThat(first.get(30, TimeUnit.SECONDS).getRedirectedUrl()).isEqualTo("/tasks/" + task);
        assertThat(second.get(30, TimeUnit.SECONDS).getRedirectedUrl()).isEqualTo("/tasks/" + task);
        assertThat(updates(task)).isEqualTo(1);
    }

    @Test
    void aSecondSendThatWouldWaitTooLongIsToldInVietnameseThatTheFormWasSent() throws Exception {
        long task = f.freshIssuedTask();
        String submission = submissionOfUpdateForm(task);
        CompletableFuture<MockHttpServletResponse> first;
        try (HeldTask held = new HeldTask(dataSource, task)) {
            first = sendLater(sendUpdate(task, submission, "50", "Đang dịch tài liệu"));
            awaitClaim(submission);

            assertThat(send(sendUpdate(task, submission, "50", "Đang dịch tài liệu")).getStatus()).isEqualTo(409);
        }

        assertThat(first.get(30, TimeUnit.SECONDS).getRedirectedUrl()).isEqualTo("/tasks/" + task);
        assertThat(updates(task)).isEqualTo(1);
        // What the container then shows (MockMvc does not forward to /error itself).
        String shown = mvc.perform(get("/error").with(as(OFFICER)).with(r -> {
                    r.setDispatcherType(DispatcherType.ERROR);
                    return r;
                }).requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 409)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, "/tasks/" + task + "/updates"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(shown).contains("Yêu cầu này đã được gửi.").contains("navbar-brand");
    }

    @Test
    void aFormShownAgainWithItsErrorsIsProcessedWhenSentCorrected() throws Exception {
        long task = f.freshIssuedTask();
        String submission = submissionOfUpdateForm(task);

        MockHttpServletResponse refused = send(sendUpdate(task, submission, "150", "Tiến độ sai"));
        MockHttpServletResponse corrected = send(sendUpdate(task, submission, "60", "Tiến độ đúng"));

        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8)).contains("is-invalid");
        assertThat(corrected.getRedirectedUrl()).isEqualTo("/tasks/" + task);
        assertThat(jdbc.sql("select narrative from progress_update where task_id = ?").param(task)
                .query(String.class).list()).containsExactly("Tiến độ đúng");
    }

    @Test
    void aPageRestoredFromHistoryAndEditedIsANewUpdate() throws Exception {
        long task = f.freshIssuedTask();
        String submission = submissionOfUpdateForm(task);
        send(sendUpdate(task, submission, "30", "Lần thứ nhất"));

        MockHttpServletResponse edited = send(sendUpdate(task, submission, "35", "Lần thứ hai, đã sửa"));

        assertThat(edited.getRedirectedUrl()).isEqualTo("/tasks/" + task);
        assertThat(edited.getHeader("Idempotent-Replayed")).isNull();
        assertThat(updates(task)).isEqualTo(2);
    }

    @Test
    void anAlteredIdIsRefusedAndNothingIsCreated() throws Exception {
        long task = f.freshIssuedTask();

        MockHttpServletResponse altered = send(sendUpdate(task, "<script>", "30", "Biểu mẫu bị sửa"));

        assertThat(altered.getStatus()).isEqualTo(400);
        assertThat(updates(task)).isZero();
    }

    @Test
    void withoutAnIdAFormIsProcessedAsBefore() throws Exception {
        long task = f.freshIssuedTask();

        send(sendUpdate(task, null, "30", "Không có mã gửi"));
        send(sendUpdate(task, null, "30", "Không có mã gửi"));

        assertThat(updates(task)).isEqualTo(2);
    }

    @Test
    void aCommentSentTwiceIsPostedOnce() throws Exception {
        long task = f.freshIssuedTask();
        Document html = Jsoup.parse(page("/tasks/" + task, OFFICER));
        String submission = html.selectFirst("form[action$=/comments] input[name=_submission]").val();

        for (int i = 0; i < 2; i++) {
            assertThat(send(post("/tasks/{id}/comments", task).with(as(OFFICER)).with(csrf())
                    .param("body", "Đề nghị bổ sung số liệu").param("_submission", submission))
                    .getRedirectedUrl()).isEqualTo("/tasks/" + task + "#comments");
        }
        assertThat(jdbc.sql("select count(*) from task_comment where task_id = ?").param(task).query(Long.class)
                .single()).isEqualTo(1);
    }

    /** Waits until the first send has claimed its id, and so is in flight. */
    private void awaitClaim(String submission) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(20));
        while (jdbc.sql("select count(*) from idempotent_request where request_key = ? and not completed")
                .param(submission).query(Long.class).single() == 0) {
            assertThat(Instant.now()).as("the first send claims its id").isBefore(until);
            Thread.sleep(20);
        }
    }
}
