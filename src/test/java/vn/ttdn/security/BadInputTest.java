package vn.ttdn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import vn.ttdn.TtdnTest;

/**
 * What people and programs send that they should not: markup in every text field, impossible dates, unknown
 * agencies, disguised and oversized files, impossible progress, two people saving at once, a weak password.
 * Each is answered in Vietnamese next to what caused it, nothing is saved, and nothing answers 500.
 */
@TtdnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputTest extends SecurityTestSupport {

    static final String XSS = "<script>alert(1)</script>";
    /** A file name cannot hold "/", so the evidence file's name carries another kind of markup. */
    static final String IMG = "<img src=x onerror=alert(2)>";

    // ---------------------------------------------------------------- markup is stored as typed, shown as text

    @Test
    void markupInEveryTextFieldIsStoredAsTypedAndRenderedEscaped() throws Exception {
        String location = mvc.perform(post("/plans/new").with(as("dieuphoi")).with(csrf())
                        .param("provinceId", "" + f.tuyenQuang).param("kind", "PLAN").param("year", "2026")
                        .param("title", XSS).param("number", XSS).param("issuerName", XSS)
                        .param("signerAuthority", XSS).param("signerTitle", XSS).param("signerName", XSS)
                        .param("budgetNote", XSS).param("legalBasis", XSS))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long plan = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("select title || number || issuer_name || signer_authority || signer_title || signer_name"
                + " || budget_note from plan where id = ?").param(plan).query(String.class).single())
                .isEqualTo(XSS.repeat(7));
        mvc.perform(post("/plans/" + plan + "/sections").with(as("dieuphoi")).with(csrf()).param("ref", "I")
                .param("heading", XSS)).andExpect(status().is3xxRedirection());
        long section = jdbc.sql("select id from plan_section where plan_id = ?").param(plan).query(Long.class).single();
        String taskLocation = mvc.perform(post("/plans/" + plan + "/tasks/new").with(as("dieuphoi")).with(csrf())
                        .param("sectionId", "" + section).param("ref", XSS).param("content", XSS)
                        .param("lead", "A:" + f.ngoaiVuTq).param("timeframeKind", "UNSPECIFIED")
                        .param("timeframeText", XSS).param("expectedOutput", XSS))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long task = Long.parseLong(taskLocation.substring(taskLocation.lastIndexOf('/') + 1));
        mvc.perform(post("/plans/" + plan + "/status").with(as("dieuphoi")).with(csrf()).param("status", "ISSUED"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/tasks/" + task + "/updates").file(new MockMultipartFile("files", IMG + ".txt",
                        "text/plain", "Báo cáo".getBytes(StandardCharsets.UTF_8)))
                .param("status", "IN_PROGRESS").param("percent", "10").param("narrative", XSS)
                .with(as("canbo.ngoaivu")).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post("/tasks/" + task + "/comments").with(as("canbo.ngoaivu")).with(csrf()).param("body", XSS))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select content || ref || expected_output || timeframe_text from task where id = ?")
                .param(task).query(String.class).single()).isEqualTo(XSS.repeat(4));
        assertThat(jdbc.sql("select narrative from progress_update where task_id = ?").param(task)
                .query(String.class).single()).isEqualTo(XSS);
        assertThat(jdbc.sql("select body from task_comment where task_id = ?").param(task)
                .query(String.class).single()).isEqualTo(XSS);

        List<String> pages = List.of("/plans/" + plan, "/plans/" + plan + "/edit", "/plans?year=2026",
                "/tasks/" + task, "/tasks/" + task + "/edit", "/tasks?planId=" + plan, "/dashboard/plan/" + plan,
                "/dashboard/province/" + f.tuyenQuang + "?year=2026", "/dashboard/agency/" + f.ngoaiVuTq);
        for (String page : pages) {
            String body = page(page, "dieuphoi");
            assertThat(body).as(page).doesNotContain("<script>alert").doesNotContain("<img src=x");
            assertThat(body).as(page).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        }
        assertThat(page("/tasks/" + task, "dieuphoi")).contains("&lt;img src=x onerror=alert(2)&gt;.txt");
        String myTasks = page("/my-tasks?q=alert", "canbo.ngoaivu");
        assertThat(myTasks).doesNotContain("<script>alert").contains("&lt;script&gt;");
        // the API gives the text back as typed: it is data, not markup
        mvc.perform(get("/api/tasks/" + task).with(as("dieuphoi"))).andExpect(jsonPath("$.content").value(XSS));
    }

    // ---------------------------------------------------------------- dates

    @Test
    void malformedDatesInFormsReRenderTheFormWithTheMessageNextToTheField() throws Exception {
        for (String date : List.of("31/02/2025", "abc", "2025-02-31")) {
            long plans = f.count("plan");
            MockHttpServletResponse response = mvc.perform(post("/plans/new").with(as("dieuphoi")).with(csrf())
                            .param("provinceId", "" + f.tuyenQuang).param("kind", "PLAN").param("year", "2026")
                            .param("title", "Kế hoạch ngày sai").param("issuedOn", date))
                    .andExpect(status().isOk()).andReturn().getResponse();
            assertFieldError(response, "issuedOn", "Ngày không hợp lệ");
            assertThat(f.count("plan")).as(date).isEqualTo(plans);

            long tasks = f.count("task");
            response = mvc.perform(post("/plans/" + f.issuedPlan + "/tasks/new").with(as("dieuphoi")).with(csrf())
                            .param("content", "Nhiệm vụ ngày sai").param("lead", "A:" + f.ngoaiVuTq)
                            .param("timeframeKind", "UNSPECIFIED").param("dueDate", date))
                    .andExpect(status().isOk()).andReturn().getResponse();
            assertFieldError(response, "dueDate", "Ngày không hợp lệ");
            assertThat(f.count("task")).as(date).isEqualTo(tasks);
        }
    }

    @Test
    void malformedJsonOrAWrongDateInTheApiIsA400ProblemInVietnamese() throws Exception {
        long plans = f.count("plan");
        for (String body : List.of("{\"title\": ", "not json",
                "{\"provinceId\":" + f.tuyenQuang + ",\"title\":\"X\",\"year\":2026,\"issuedOn\":\"31/02/2025\"}",
                "{\"provinceId\":" + f.tuyenQuang + ",\"title\":\"X\",\"year\":2026,\"issuedOn\":\"2025-02-31\"}",
                "{\"provinceId\":\"Tuyên Quang\",\"title\":\"X\",\"year\":2026}",
                "{\"provinceId\":" + f.tuyenQuang + ",\"title\":\"X\",\"year\":2026,\"kind\":\"KHONG_CO\"}")) {
            mvc.perform(post("/api/plans").with(as("dieuphoi")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail").value(Matchers.anyOf(Matchers.containsString("không đọc được"),
                            Matchers.containsString("không hợp lệ"))));
        }
        mvc.perform(post("/api/plans").with(as("dieuphoi")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provinceId\":" + f.tuyenQuang + ",\"year\":2026}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("Nhập tên kế hoạch")))
                .andExpect(jsonPath("$.errors.title").value("Nhập tên kế hoạch."));
        assertThat(f.count("plan")).isEqualTo(plans);
    }

    // ---------------------------------------------------------------- directory references

    @Test
    void anUnknownAgencyInATasksLeadIsRefusedAndNothingSaved() throws Exception {
        long tasks = f.count("task");
        MockHttpServletResponse page = mvc.perform(post("/plans/" + f.issuedPlan + "/tasks/new").with(as("dieuphoi"))
                        .with(csrf()).param("content", "Nhiệm vụ").param("lead", "A:999999")
                        .param("timeframeKind", "UNSPECIFIED"))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("không có trong danh bạ");
        // another province's agency is as unknown as one that does not exist
        for (String lead : List.of("A:999999", "A:" + f.ngoaiVuKh, "G:999999", "X:1", "A:abc", "A:")) {
            mvc.perform(post("/api/plans/" + f.issuedPlan + "/tasks").with(as("dieuphoi")).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"content\":\"Nhiệm vụ\",\"lead\":[\"" + lead + "\"]}"))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("không có trong danh bạ")));
        }
        mvc.perform(put("/api/tasks/" + f.issuedTask).with(as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"content\":\"Nhiệm vụ\",\"lead\":[\"A:999999\"],\"version\":"
                                + AuthorizationMatrixTest.version(f, "task", f.issuedTask) + "}"))
                .andExpect(status().isBadRequest());
        assertThat(f.count("task")).isEqualTo(tasks);
        assertThat(jdbc.sql("select count(*) from task_assignment where task_id = ? and agency_id = ?")
                .param(f.issuedTask).param(f.ngoaiVuTq).query(Long.class).single()).isEqualTo(1);
    }

    // ---------------------------------------------------------------- uploads and progress

    @Test
    void anOversizedFileIsRefusedInVietnamese() throws Exception {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Fixtures.PDF, 0, big, 0, Fixtures.PDF.length);
        assertUpdateRefused(update("/tasks/" + f.issuedTask + "/updates", "IN_PROGRESS", "30",
                new MockMultipartFile("files", "bao-cao-lon.pdf", "application/pdf", big)), "lớn hơn 10 MB");
        mvc.perform(update("/api/tasks/" + f.issuedTask + "/updates", "IN_PROGRESS", "30",
                        new MockMultipartFile("files", "bao-cao-lon.pdf", "application/pdf", big)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("lớn hơn 10 MB")));
    }

    @Test
    void disguisedFilesAreRefused() throws Exception {
        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        exe[0x3c] = (byte) 0x80;
        exe[0x80] = 'P';
        exe[0x81] = 'E';
        assertUpdateRefused(update("/tasks/" + f.issuedTask + "/updates", "IN_PROGRESS", "30",
                new MockMultipartFile("files", "report.pdf", "application/pdf", exe)), "không đúng với phần mở rộng");
        assertUpdateRefused(update("/tasks/" + f.issuedTask + "/updates", "IN_PROGRESS", "30",
                        new MockMultipartFile("files", "report.docx", "application/octet-stream", randomZip())),
                "không đúng với phần mở rộng");
        assertUpdateRefused(update("/tasks/" + f.issuedTask + "/updates", "IN_PROGRESS", "30",
                new MockMultipartFile("files", "report.exe", "application/octet-stream", exe)), "không được nhận");
        long updates = f.count("progress_update");
        mvc.perform(update("/api/tasks/" + f.issuedTask + "/updates", "IN_PROGRESS", "30",
                        new MockMultipartFile("files", "report.pdf", "application/pdf", exe)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("không đúng với phần mở rộng")));
        assertThat(f.count("progress_update")).isEqualTo(updates);
    }

    @Test
    void tooManyFilesAreRefused() throws Exception {
        MockMultipartFile[] files = new MockMultipartFile[6];
        for (int i = 0; i < files.length; i++) {
            files[i] = new MockMultipartFile("files", "bao-cao-" + i + ".pdf", "application/pdf", Fixtures.PDF);
        }
        assertUpdateRefused(update("/tasks/" + f.issuedTask + "/updates", "IN_PROGRESS", "30", files), "tối đa 5 tệp");
    }

    @Test
    void impossibleProgressIsRefused() throws Exception {
        assertUpdateRefused(update("/tasks/" + f.issuedTask + "/updates", "IN_PROGRESS", "150"),
                "Tiến độ phải từ 0 đến 100");
        assertUpdateRefused(update("/tasks/" + f.issuedTask + "/updates", "IN_PROGRESS", "-5"),
                "Tiến độ phải từ 0 đến 100");
        assertUpdateRefused(update("/tasks/" + f.issuedTask + "/updates", "IN_PROGRESS", "mười"), "Phải là số nguyên");
        assertUpdateRefused(update("/tasks/" + f.issuedTask + "/updates", "DONE", "80"), "phải là 100%");
        long updates = f.count("progress_update");
        for (String body : List.of("{\"status\":\"IN_PROGRESS\",\"percent\":150,\"narrative\":\"x\"}",
                "{\"status\":\"DONE\",\"percent\":80,\"narrative\":\"x\"}",
                "{\"status\":\"IN_PROGRESS\",\"narrative\":\"x\"}",
                "{\"status\":\"XONG\",\"percent\":80,\"narrative\":\"x\"}",
                "{\"status\":\"IN_PROGRESS\",\"percent\":20}")) {
            mvc.perform(post("/api/tasks/" + f.issuedTask + "/updates").with(as("canbo.ngoaivu")).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(body))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").value(Matchers.matchesPattern(".*[ăâđêôơưạảấầẩẫậếềểễệộờởớợ].*")));
        }
        assertThat(f.count("progress_update")).isEqualTo(updates);
    }

    // ---------------------------------------------------------------- two people, one task

    @Test
    void theSecondOfTwoEditorsWithTheSameVersionGets409AndTheFirstsChangeStays() throws Exception {
        long task = f.freshIssuedTask();
        long version = jdbc.sql("select version from task where id = ?").param(task).query(Long.class).single();
        String first = "{\"content\":\"Bản của người thứ nhất\",\"lead\":[\"A:" + f.ngoaiVuTq + "\"],\"version\":"
                + version + "}";
        String second = "{\"content\":\"Bản của người thứ hai\",\"lead\":[\"A:" + f.ngoaiVuTq + "\"],\"version\":"
                + version + "}";
        mvc.perform(put("/api/tasks/" + task).with(as("dieuphoi")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(first)).andExpect(status().isOk());
        mvc.perform(put("/api/tasks/" + task).with(as("admin")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(second))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("vừa được người khác sửa")));
        assertThat(jdbc.sql("select content from task where id = ?").param(task).query(String.class).single())
                .isEqualTo("Bản của người thứ nhất");
        // the page keeps what the second person typed and says why
        String page = mvc.perform(post("/tasks/" + task + "/edit").with(as("admin")).with(csrf())
                        .param("content", "Bản của người thứ hai").param("lead", "A:" + f.ngoaiVuTq)
                        .param("timeframeKind", "UNSPECIFIED").param("version", "" + version))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("vừa được người khác sửa").contains("Bản của người thứ hai");
        assertThat(jdbc.sql("select content from task where id = ?").param(task).query(String.class).single())
                .isEqualTo("Bản của người thứ nhất");
    }

    // ---------------------------------------------------------------- password

    @Test
    void aShortNewPasswordIsRefusedWithAMessage() throws Exception {
        String hash = jdbc.sql("select password_hash from app_user where username = 'canbo.khanhhoa'")
                .query(String.class).single();
        String page = mvc.perform(post("/account/password").with(as("canbo.khanhhoa")).with(csrf())
                        .param("currentPassword", PermissionRulesTest.PASSWORD).param("newPassword", "ngan1")
                        .param("confirmPassword", "ngan1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Mật khẩu phải có ít nhất 10 ký tự");
        assertThat(jdbc.sql("select password_hash from app_user where username = 'canbo.khanhhoa'")
                .query(String.class).single()).isEqualTo(hash);
    }

    // ---------------------------------------------------------------- nothing answers 500

    @Test
    void oddRequestsAreAnsweredWithoutServerErrors() throws Exception {
        long taskVersion = AuthorizationMatrixTest.version(f, "task", f.issuedTask);
        List<org.springframework.test.web.servlet.RequestBuilder> requests = List.of(
                post("/api/plans/" + f.freshProvincialDraftWithTask() + "/status").with(as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"),
                post("/api/plans/" + f.issuedPlan + "/status").with(as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"XONG\"}"),
                post("/plans/" + f.issuedPlan + "/status").with(as("dieuphoi")).with(csrf()).param("status", "XONG"),
                post("/plans/" + f.issuedPlan + "/status").with(as("dieuphoi")).with(csrf()),
                post("/api/plans/" + f.issuedPlan + "/copy").with(as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"year\":\"abc\"}"),
                post("/api/plans/" + f.issuedPlan + "/copy").with(as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"),
                post("/plans/" + f.issuedPlan + "/copy").with(as("dieuphoi")).with(csrf()).param("year", "abc"),
                post("/api/plans/" + f.issuedPlan + "/sections").with(as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"),
                post("/api/tasks/" + f.issuedTask + "/comments").with(as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"),
                post("/api/tasks/" + f.issuedTask + "/comments").with(as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("[]"),
                post("/api/plans").with(as("dieuphoi")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provinceId\":" + f.tuyenQuang + ",\"title\":\"" + "x".repeat(1001)
                                + "\",\"year\":2026}"),
                post("/api/plans").with(as("dieuphoi")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provinceId\":999999,\"title\":\"X\",\"year\":2026}"),
                post("/api/plans").with(as("dieuphoi")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provinceId\":" + f.tuyenQuang + ",\"ownerAgencyId\":999999,\"title\":\"X\","
                                + "\"year\":2026}"),
                post("/api/plans").with(as("dieuphoi")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"provinceId\":" + f.tuyenQuang + ",\"parentPlanId\":999999,\"title\":\"X\","
                                + "\"year\":2026}"),
                post("/api/plans").with(as("dieuphoi")).with(csrf()).contentType(MediaType.TEXT_PLAIN).content("x"),
                put("/api/tasks/" + f.issuedTask).with(as("dieuphoi")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + taskVersion + ",\"content\":\"X\",\"lead\":[\"A:" + f.ngoaiVuTq + "\"],\"sectionId\":999999}"),
                put("/api/tasks/" + f.issuedTask).with(as("dieuphoi")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + taskVersion + ",\"content\":\"X\",\"lead\":[\"A:" + f.ngoaiVuTq + "\"],\"budgetEstimate\":-1}"),
                put("/api/tasks/" + f.issuedTask).with(as("dieuphoi")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + taskVersion + ",\"content\":\"X\",\"lead\":[\"A:" + f.ngoaiVuTq + "\"],\"lead\":null}"),
                put("/api/tasks/" + f.issuedTask).with(as("dieuphoi")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + taskVersion + ",\"content\":\"X\",\"lead\":[\"A:" + f.ngoaiVuTq + "\"],\"startDate\":\"2026-05-01\","
                                + "\"dueDate\":\"2026-01-01\"}"),
                put("/api/tasks/" + f.issuedTask).with(as("dieuphoi")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + taskVersion + ",\"content\":\"X\",\"lead\":[\"A:" + f.ngoaiVuTq + "\"],\"timeframeKind\":null}"),
                get("/plans").param("year", "abc").with(as("dieuphoi")),
                get("/plans").param("status", "XONG").with(as("dieuphoi")),
                get("/plans").param("page", "-3").param("sort", "title; drop table plan").with(as("dieuphoi")),
                get("/api/plans").param("size", "100000").param("page", "99999").with(as("dieuphoi")),
                get("/api/tasks").param("q", "%_\\'\"").param("sort", "nope").with(as("dieuphoi")),
                get("/tasks").param("overdue", "maybe").with(as("dieuphoi")),
                get("/plans/abc").with(as("dieuphoi")),
                get("/api/plans/999999999").with(as("dieuphoi")),
                get("/evidence/999999999").with(as("dieuphoi")),
                get("/dashboard/agency/999999999").with(as("dieuphoi")),
                get("/api/dashboard/province/999999999").with(as("admin")),
                get("/dashboard").param("provinceId", "999999999").with(as("admin")),
                get("/my-tasks").param("role", "BOSS").with(as("canbo.ngoaivu")),
                post("/account/password").with(as("canbo.khanhhoa")).with(csrf()));
        for (var request : requests) {
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            assertThat(response.getStatus()).as(request.toString() + " "
                    + response.getContentAsString(StandardCharsets.UTF_8).lines().limit(2).toList()).isLessThan(500);
        }
    }

    // ---------------------------------------------------------------- helpers

    MockMultipartHttpServletRequestBuilder update(String uri, String status, String percent,
                                                  MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart(uri);
        for (MockMultipartFile file : files) {
            request.file(file);
        }
        request.param("status", status).param("percent", percent).param("narrative", "Báo cáo kết quả")
                .with(as("canbo.ngoaivu")).with(csrf());
        return request;
    }

    void assertUpdateRefused(MockMultipartHttpServletRequestBuilder request, String message) throws Exception {
        long updates = f.count("progress_update");
        long evidence = f.count("evidence_file");
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).contains(message);
        assertThat(f.count("progress_update")).isEqualTo(updates);
        assertThat(f.count("evidence_file")).isEqualTo(evidence);
    }

    static void assertFieldError(MockHttpServletResponse response, String field, String message) throws Exception {
        Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        Element input = page.getElementById(field);
        assertThat(input).as(field).isNotNull();
        assertThat(input.hasClass("is-invalid")).as(field + " marked invalid").isTrue();
        Element feedback = input.nextElementSibling();
        assertThat(feedback).as("message under " + field).isNotNull();
        assertThat(feedback.hasClass("invalid-feedback")).isTrue();
        assertThat(feedback.text()).contains(message);
    }

    static byte[] randomZip() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("du-lieu/ngau-nhien.bin"));
            byte[] noise = new byte[2048];
            new Random(7).nextBytes(noise);
            zip.write(noise);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
