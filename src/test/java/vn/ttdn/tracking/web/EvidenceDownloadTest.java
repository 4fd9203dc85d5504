package vn.ttdn.tracking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.Attribute;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ttdn.TtdnTest;
import vn.ttdn.common.database.StoredBytes;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.identity.SystemUser;
import vn.ttdn.identity.TtdnPrincipal;
import vn.ttdn.planning.PlanForm;
import vn.ttdn.planning.Plans;
import vn.ttdn.planning.Tasks;
import vn.ttdn.planning.TaskForm;

/**
 * An evidence file of several slices, uploaded through the API, comes back byte for byte through the task page's
 * link and the API, with the headers a download needs, to the people who follow the task and to no one else.
 */
@TtdnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EvidenceDownloadTest {

    static final String NAME = "Báo cáo tiến độ đợt 1.pdf";
    static final String DISPOSITION = "attachment; filename=\"Bao cao tien do dot 1.pdf\"; filename*=UTF-8''"
            + "B%C3%A1o%20c%C3%A1o%20ti%E1%BA%BFn%20%C4%91%E1%BB%99%20%C4%91%E1%BB%A3t%201.pdf";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired DataSource dataSource;
    @Autowired EntityManagerFactory entities;
    @Autowired Plans plans;
    @Autowired Tasks tasks;

    byte[] pdf;
    long evidence;

    @BeforeAll
    void uploadAFileOfMoreThanTwoSlices() throws Exception {
        pdf = pdf(600 * 1024);
        assertThat(pdf.length).isGreaterThan(2 * StoredBytes.SLICE_BYTES);
        long task = freshTaskLedBy("canbo.ngoaivu");
        mvc.perform(multipart("/api/tasks/{id}/updates", task)
                        .file(new MockMultipartFile("files", NAME, "application/pdf", pdf))
                        .param("status", "IN_PROGRESS").param("percent", "20").param("narrative", "Kèm báo cáo quét")
                        .with(as("canbo.ngoaivu")).with(csrf()))
                .andExpect(status().isCreated());
        evidence = JdbcClient.create(dataSource).sql("select e.id from evidence_file e join progress_update u"
                        + " on u.id = e.update_id where u.task_id = ? and e.file_name = ? order by e.id desc limit 1")
                .param(task).param(NAME).query(Long.class).single();
    }

    @Test
    void theTaskPageLinkGivesTheExactBytesAndHeaders() throws Exception {
        assertIsTheFile(download("/evidence/" + evidence, "canbo.ngoaivu"));
        assertIsTheFile(download("/evidence/" + evidence, "lanhdao.tinh"));
    }

    @Test
    void theApiGivesTheExactBytesAndHeaders() throws Exception {
        assertIsTheFile(download("/api/evidence/" + evidence, "dieuphoi"));
        assertIsTheFile(download("/api/evidence/" + evidence, "lanhdao.ngoaivu"));
    }

    @Test
    void fortyDownloadsAtOnceAllComplete() throws Exception {
        // More downloads than pooled connections: none may hold one connection while waiting for another.
        ExecutorService clients = Executors.newFixedThreadPool(40);
        try {
            List<Future<MockHttpServletResponse>> downloads = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                downloads.add(clients.submit(() -> download("/api/evidence/" + evidence, "dieuphoi")));
            }
            for (Future<MockHttpServletResponse> download : downloads) {
                assertThat(download.get(2, TimeUnit.MINUTES).getContentAsByteArray()).isEqualTo(pdf);
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void anotherAgencyOrProvinceIsToldItDoesNotExistAndGetsNoByte() throws Exception {
        for (String who : new String[]{"canbo.congan", "canbo.khanhhoa", "dieuphoi.khanhhoa"}) {
            for (String path : new String[]{"/evidence/", "/api/evidence/"}) {
                MockHttpServletResponse response = mvc.perform(get(path + evidence).with(as(who)))
                        .andExpect(status().isNotFound()).andReturn().getResponse();
                assertThat(response.getHeader("Content-Disposition")).as(who + " " + path).isNull();
                assertThat(response.getContentAsString(StandardCharsets.ISO_8859_1)).as(who + " " + path)
                        .doesNotContain("%PDF-");
            }
        }
        mvc.perform(get("/api/evidence/" + evidence)).andExpect(status().isUnauthorized());
        mvc.perform(get("/evidence/" + evidence).accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void listingEvidenceLoadsNoBytes() {
        // Hibernate loads every mapped column with its row: the entity listed on the task page must not map the file.
        var evidenceFile = entities.getMetamodel().getEntities().stream()
                .filter(e -> e.getName().equals("EvidenceFile")).findFirst().orElseThrow();
        assertThat(evidenceFile.getAttributes()).extracting(Attribute::getName).isNotEmpty()
                .doesNotContain("content");
        assertThat(evidenceFile.getAttributes()).noneMatch(a -> a.getJavaType() == byte[].class);
        assertThat(JdbcClient.create(dataSource).sql("select content from evidence_content where evidence_id = ?")
                .param(evidence).query(byte[].class).single()).isEqualTo(pdf);
    }

    private void assertIsTheFile(MockHttpServletResponse response) throws Exception {
        assertThat(response.getContentAsByteArray()).isEqualTo(pdf);
        assertThat(response.getHeader("Content-Length")).isEqualTo(String.valueOf(pdf.length));
        assertThat(response.getHeader("Content-Type")).isEqualTo("application/pdf");
        assertThat(response.getHeader("Content-Disposition")).isEqualTo(DISPOSITION);
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("ETag")).isEqualTo("\"" + sha256(pdf) + "\"");
    }

    private MockHttpServletResponse download(String path, String who) throws Exception {
        return mvc.perform(get(path).with(as(who))).andExpect(status().isOk()).andReturn().getResponse();
    }

    /** A real PDF (one page, as PDFBox writes it) carrying random bytes, as a scan does: it opens as a PDF. */
    static byte[] pdf(int size) {
        byte[] body = new byte[size];
        new Random(42).nextBytes(body);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument();
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            org.apache.pdfbox.pdmodel.common.PDStream scan = new org.apache.pdfbox.pdmodel.common.PDStream(doc,
                    new java.io.ByteArrayInputStream(body));
            page.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.getPDFName("Scan"), scan);
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** A task of a new issued plan, led by the user's agency alone: no other agency is on it, by group or else. */
    private long freshTaskLedBy(String username) {
        CurrentUser officer = ((TtdnPrincipal) users.loadUserByUsername(username)).user();
        return SystemUser.call(() -> {
            PlanForm plan = new PlanForm();
            plan.setProvinceId(officer.provinceId());
            plan.setTitle("Kế hoạch có minh chứng lớn " + System.nanoTime());
            plan.setYear(2026);
            long planId = plans.createPlan(plan);
            TaskForm task = new TaskForm();
            task.setContent("Báo cáo kết quả tuyên truyền đối ngoại");
            task.setLead(List.of("A:" + officer.agencyId()));
            long taskId = tasks.createTask(planId, task);
            plans.issue(planId);
            return taskId;
        });
    }
}
