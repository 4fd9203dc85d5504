package vn.ttdn.tracking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.ttdn.SampleFiles;
import vn.ttdn.TtdnTest;

/**
 * Evidence is accepted only when it opens as the type its name claims (security review, issue 7): what the review
 * saw accepted is refused on the progress-update form and through the API, with the reason, and nothing is stored.
 */
@TtdnTest
class EvidenceUploadTest {

    private static final String HOSTILE = "chứa mã HTML, SVG hoặc XML (có thể chạy như một trang web) — không nhận "
            + "làm tệp minh chứng.";
    /** File name, content, and the end of the message naming it. */
    private static final List<Object[]> REFUSED = List.of(
            new Object[] {"bao-cao.pdf", SampleFiles.pdfHeaderThenHtml(), HOSTILE},
            new Object[] {"bao-cao.pdf", SampleFiles.truncatedPdf(),
                    "không mở được như một tệp PDF (tệp hỏng hoặc không đúng loại)."},
            new Object[] {"bien-ban.doc", SampleFiles.corruptDoc(),
                    "không mở được như một tệp Word (DOC) (tệp hỏng hoặc không đúng loại)."},
            new Object[] {"ghi-chu.txt", SampleFiles.HTML.getBytes(StandardCharsets.UTF_8), HOSTILE},
            new Object[] {"anh.png", SampleFiles.SVG.getBytes(StandardCharsets.UTF_8), HOSTILE},
            new Object[] {"anh.txt", SampleFiles.SVG.getBytes(StandardCharsets.UTF_8), HOSTILE});

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired DataSource dataSource;

    @Test
    void theFormRefusesEachHostileFileWithItsReasonAndStoresNothing() throws Exception {
        long task = ledTask();
        for (Object[] refused : REFUSED) {
            String name = (String) refused[0];
            Map<String, Long> before = counts();
            MockHttpServletResponse response = mvc.perform(update("/tasks/{id}/updates", task,
                    new MockMultipartFile("files", name, "application/pdf", (byte[]) refused[1]))).andReturn().getResponse();
            assertThat(response.getStatus()).as(name).isEqualTo(200);
            assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).text()).as(name)
                    .contains("Tệp \"" + name + "\" " + refused[2]);
            assertThat(counts()).as(name).isEqualTo(before);
        }
    }

    @Test
    void theApiRefusesEachHostileFileWithItsReasonAndStoresNothing() throws Exception {
        long task = ledTask();
        for (Object[] refused : REFUSED) {
            String name = (String) refused[0];
            Map<String, Long> before = counts();
            mvc.perform(update("/api/tasks/{id}/updates", task,
                            new MockMultipartFile("files", name, "application/octet-stream", (byte[]) refused[1])))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value("Tệp \"" + name + "\" " + refused[2]));
            assertThat(counts()).as(name).isEqualTo(before);
        }
    }

    @Test
    void oneHostileFileAmongRealOnesRefusesTheWholeUpdate() throws Exception {
        long task = ledTask();
        Map<String, Long> before = counts();
        mvc.perform(update("/api/tasks/{id}/updates", task,
                        new MockMultipartFile("files", "bao-cao.pdf", "application/pdf", SampleFiles.pdf()),
                        new MockMultipartFile("files", "anh.png", "image/png", SampleFiles.SVG.getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isBadRequest());
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void realFilesOfEachTypeAreStoredWithTheirSniffedType() throws Exception {
        long task = ledTask();
        long before = counts().get("evidence_file");
        mvc.perform(update("/api/tasks/{id}/updates", task,
                        new MockMultipartFile("files", "bao-cao.pdf", "application/octet-stream", SampleFiles.pdf()),
                        new MockMultipartFile("files", "bien-ban.doc", "application/octet-stream", SampleFiles.doc()),
                        new MockMultipartFile("files", "so-lieu.xlsx", "application/octet-stream", SampleFiles.xlsx()),
                        new MockMultipartFile("files", "anh.jpg", "application/octet-stream", SampleFiles.jpg()),
                        new MockMultipartFile("files", "ghi-chu.txt", "text/html",
                                "Đã đăng 12 tin < 15 tin dự kiến".getBytes(StandardCharsets.UTF_8))))
                .andExpect(status().isCreated());
        assertThat(counts().get("evidence_file")).isEqualTo(before + 5);
        assertThat(jdbc().sql("select content_type from evidence_file order by id desc limit 5")
                .query(String.class).list()).containsExactlyInAnyOrder("application/pdf", "application/msword",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/jpeg",
                "text/plain; charset=UTF-8");
    }

    private MockMultipartHttpServletRequestBuilder update(String uri, long task, MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart(uri, task);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.param("status", "IN_PROGRESS").param("percent", "30").param("narrative", "Báo cáo kết quả")
                .with(user(users.loadUserByUsername("canbo.ngoaivu"))).with(csrf());
        return request;
    }

    private Map<String, Long> counts() {
        return Map.of("progress_update", count("progress_update"), "evidence_file", count("evidence_file"));
    }

    private long count(String table) {
        return jdbc().sql("select count(*) from " + table).query(Long.class).single();
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    private long ledTask() {
        return jdbc().sql("select t.id from task t join task_assignment a on a.task_id = t.id"
                        + " join plan p on p.id = t.plan_id join app_user u on u.agency_id = a.agency_id"
                        + " where u.username = 'canbo.ngoaivu' and a.role = 'LEAD' and p.status = 'ISSUED'"
                        + " and not t.archived and t.status <> 'DONE' order by t.id limit 1")
                .query(Long.class).single();
    }
}
