package vn.ttdn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static vn.ttdn.security.AuthorizationMatrixTest.Outcome.BAD_REQUEST;
import static vn.ttdn.security.AuthorizationMatrixTest.Outcome.DENIED;
import static vn.ttdn.security.AuthorizationMatrixTest.Outcome.FORM_ERROR;
import static vn.ttdn.security.AuthorizationMatrixTest.Outcome.HIDDEN;
import static vn.ttdn.security.AuthorizationMatrixTest.Outcome.LOGIN;
import static vn.ttdn.security.AuthorizationMatrixTest.Outcome.OK;
import static vn.ttdn.security.AuthorizationMatrixTest.Outcome.PASSES;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.TestSecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import vn.ttdn.TtdnTest;
import vn.ttdn.directory.Directory;
import vn.ttdn.planning.Plans;
import vn.ttdn.planning.Tasks;
import vn.ttdn.tracking.Tracking;

/**
 * Who may do what, as a table: every page and every API endpoint, tried by every kind of user, against the answer
 * the rules give. The table below is the specification; the summary is written to target/authorization-matrix.md.
 *
 * <p>Outcomes: {@code PASSES} (expected only) let through by the security filter, OK or 404 while the page is
 * not built; {@code OK} allowed (2xx, or a redirect that is not to the login page); {@code DENIED} refused
 * with 403 (she may know the record exists, but not do this); {@code HIDDEN} 404 (the record is not hers to know
 * of: another province's plans, drafts of others, updates of tasks her agency is not on); {@code LOGIN} anonymous:
 * redirected to the login page, or 401 for the API.
 *
 * <p>The rules: an issued plan and its tasks are read by everyone in the province and the provinces merged into
 * it; a draft by its author only (the coordinating department, or the agency whose own plan it is); progress
 * updates, comments and evidence by the agencies on the task and by the coordinator, the provincial leadership
 * and the administrator; only agencies on the task report progress; the viewer changes nothing; the coordinator
 * works within her province; the administrator does everything.
 */
@TtdnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    /** The people who try each endpoint, in the table's column order. */
    enum Who {
        ANONYMOUS(null, "ẩn danh"),
        ADMIN("admin", "ADMIN"),
        COORDINATOR("dieuphoi", "COORDINATOR TQ"),
        COORDINATOR_OTHER_PROVINCE("dieuphoi.khanhhoa", "COORDINATOR KH"),
        VIEWER("lanhdao.tinh", "VIEWER TQ"),
        LEADER("lanhdao.ngoaivu", "LEADER Sở NV TQ"),
        OFFICER("canbo.ngoaivu", "OFFICER Sở NV TQ"),
        OFFICER_OTHER_AGENCY("canbo.congan", "OFFICER Công an TQ"),
        OFFICER_OTHER_PROVINCE("canbo.khanhhoa", "OFFICER Sở NV KH");

        final String username;
        final String label;

        Who(String username, String label) {
            this.username = username;
            this.label = label;
        }
    }

    enum Outcome {
        OK, DENIED, HIDDEN, LOGIN, BAD_REQUEST, CONFLICT, SERVER_ERROR,
        /** A form sent back with its errors beside the fields (200, nothing saved). */
        FORM_ERROR,
        /** Expected only: let through by the security filter (OK, or 404 where the page is not built yet). */
        PASSES;

        boolean accepts(Outcome actual) {
            return this == PASSES ? actual == OK || actual == HIDDEN : this == actual;
        }

        static Outcome of(String method, MockHttpServletResponse response) throws IOException {
            int status = response.getStatus();
            if (!method.equals("GET") && status == 200 && String.valueOf(response.getContentType()).startsWith("text/html")
                    && response.getContentAsString(StandardCharsets.UTF_8).matches("(?s).*(is-invalid|alert alert-danger).*")) {
                return FORM_ERROR;
            }
            String location = response.getRedirectedUrl();
            if (status == 401 || (status / 100 == 3 && location != null && location.matches(".*/login(\\?.*)?$"))) {
                return LOGIN;
            }
            return switch (status) {
                case 403 -> DENIED;
                case 404 -> HIDDEN;
                case 400 -> BAD_REQUEST;
                case 409 -> CONFLICT;
                default -> status >= 500 ? SERVER_ERROR : status >= 200 && status < 400 ? OK : SERVER_ERROR;
            };
        }
    }

    /** One endpoint tried on one kind of record, with the expected outcome for each column of {@link Who}. */
    record Row(String method, String pattern, String target, ToLongFunction<Fixtures> id, Body body,
               Outcome[] expected, Probe probe) {
    }

    /** What a refused request must leave as it was (read before and after it, for the row's record). */
    interface Probe {
        Object state(Fixtures f, Long id);
    }

    interface Body {
        AbstractMockHttpServletRequestBuilder<?> apply(AbstractMockHttpServletRequestBuilder<?> request, Fixtures f);
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Plans plans;
    @Autowired
    Tasks tasks;
    @Autowired
    Tracking tracking;
    @Autowired
    Directory directory;
    @Autowired
    DataSource dataSource;

    Fixtures f;
    final Map<String, Map<Who, String>> observed = new LinkedHashMap<>();
    final List<String> mismatches = new ArrayList<>();

    @BeforeAll
    void fixtures() {
        f = new Fixtures(plans, tasks, tracking, directory, users, JdbcClient.create(dataSource)).create();
    }

    // ----------------------------------------------------------------------------------------------------------
    // The specification. Columns: anonymous, ADMIN, COORDINATOR TQ, COORDINATOR KH, VIEWER TQ, LEADER Sở NV TQ,
    //                             OFFICER Sở NV TQ, OFFICER Công an TQ, OFFICER Sở NV KH
    // ----------------------------------------------------------------------------------------------------------
    List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        // ---- signing in, home, own account ----
        rows.add(get("/login", "", null, OK, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/favicon.ico", "", null, OK, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/account/password", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(row("POST", "/account/password", "wrong current password", null,
                form("currentPassword", "sai-mat-khau-1", "newPassword", "MatKhauMoi2026", "confirmPassword",
                        "MatKhauMoi2026"),
                LOGIN, FORM_ERROR, FORM_ERROR, FORM_ERROR, FORM_ERROR, FORM_ERROR, FORM_ERROR, FORM_ERROR,
                FORM_ERROR));
        rows.add(get("/v3/api-docs", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));

        // ---- dashboards: the province's for its followers, an agency's for its people and the followers ----
        rows.add(get("/dashboard", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/dashboard/province/{id}", "Tuyên Quang", x -> x.tuyenQuang,
                LOGIN, OK, OK, DENIED, OK, DENIED, DENIED, DENIED, DENIED));
        rows.add(get("/dashboard/plan/{id}", "issued plan TQ", x -> x.issuedPlan,
                LOGIN, OK, OK, HIDDEN, OK, OK, OK, OK, HIDDEN));
        rows.add(get("/dashboard/plan/{id}", "provincial draft TQ", x -> x.provincialDraft,
                LOGIN, OK, OK, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN));
        rows.add(get("/dashboard/plan/{id}", "Sở NV's draft", x -> x.agencyDraft,
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(get("/dashboard/agency/{id}", "Sở NV TQ", x -> x.ngoaiVuTq,
                LOGIN, OK, OK, DENIED, OK, OK, OK, DENIED, DENIED));

        // ---- plans: pages ----
        rows.add(get("/plans", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/plans/export", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/plans/{id}", "provincial draft TQ", x -> x.provincialDraft,
                LOGIN, OK, OK, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN));
        rows.add(get("/plans/{id}", "issued plan TQ", x -> x.issuedPlan,
                LOGIN, OK, OK, HIDDEN, OK, OK, OK, OK, HIDDEN));
        rows.add(get("/plans/{id}", "Sở NV's draft", x -> x.agencyDraft,
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(get("/plans/{id}", "issued plan KH", x -> x.khanhHoaPlan,
                LOGIN, OK, HIDDEN, OK, HIDDEN, HIDDEN, HIDDEN, HIDDEN, OK));
        rows.add(get("/plans/{id}", "issued plan Hà Giang (merged into TQ)", x -> x.haGiangPlan,
                LOGIN, OK, OK, HIDDEN, OK, OK, OK, OK, HIDDEN));
        rows.add(get("/plans/{id}/print", "provincial draft TQ", x -> x.provincialDraft,
                LOGIN, OK, OK, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN));
        rows.add(get("/plans/{id}/print", "issued plan TQ", x -> x.issuedPlan,
                LOGIN, OK, OK, HIDDEN, OK, OK, OK, OK, HIDDEN));
        rows.add(get("/plans/{id}/print", "Sở NV's draft", x -> x.agencyDraft,
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(get("/plans/{id}/print", "issued plan KH", x -> x.khanhHoaPlan,
                LOGIN, OK, HIDDEN, OK, HIDDEN, HIDDEN, HIDDEN, HIDDEN, OK));
        rows.add(get("/plans/new", "", null, LOGIN, OK, OK, OK, DENIED, OK, OK, OK, OK));
        rows.add(row("POST", "/plans/new", "provincial plan TQ", null,
                (r, x) -> r.param("provinceId", "" + x.tuyenQuang).param("title", "KH mới " + Fixtures.tag())
                        .param("year", "2026").param("kind", "PLAN"),
                LOGIN, OK, OK, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED));
        rows.add(row("POST", "/plans/new", "Sở NV's own plan", null,
                (r, x) -> r.param("provinceId", "" + x.tuyenQuang).param("ownerAgencyId", "" + x.ngoaiVuTq)
                        .param("title", "KH đơn vị " + Fixtures.tag()).param("year", "2026").param("kind", "PLAN"),
                LOGIN, OK, OK, DENIED, DENIED, OK, OK, DENIED, DENIED));
        rows.add(get("/plans/{id}/edit", "issued plan TQ", x -> x.issuedPlan,
                LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(get("/plans/{id}/edit", "Sở NV's draft", x -> x.agencyDraft,
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(row("POST", "/plans/{id}/edit", "issued plan TQ", x -> x.issuedPlan,
                withVersion(planForm(x -> x.tuyenQuang), "plan", x -> x.issuedPlan),
                LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(row("POST", "/plans/{id}/edit", "Sở NV's draft", x -> x.agencyDraft,
                withVersion(planForm(x -> x.tuyenQuang), "plan", x -> x.agencyDraft),
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(row("POST", "/plans/{id}/status", "issue a fresh provincial draft", Fixtures::freshProvincialDraftWithTask,
                form("status", "ISSUED"), LOGIN, OK, OK, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN));
        rows.add(row("POST", "/plans/{id}/status", "issue a fresh draft of Sở NV", Fixtures::freshAgencyDraftWithTask,
                form("status", "ISSUED"), LOGIN, OK, OK, HIDDEN, HIDDEN, OK, DENIED, HIDDEN, HIDDEN));
        rows.add(row("POST", "/plans/{id}/status", "close a fresh issued plan TQ", Fixtures::freshIssuedPlan,
                form("status", "CLOSED"), LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(row("POST", "/plans/{id}/reopen", "reopen a fresh closed plan TQ", Fixtures::freshClosedPlan,
                form("reason", "Bổ sung nhiệm vụ"), LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(row("POST", "/plans/{id}/copy", "issued plan TQ", x -> x.issuedPlan, form("year", "2027"),
                LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(row("POST", "/plans/{id}/copy", "Sở NV's draft", x -> x.agencyDraft, form("year", "2027"),
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(row("POST", "/plans/{id}/archive", "a fresh issued plan TQ", Fixtures::freshIssuedPlan, none(),
                LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(row("POST", "/plans/{id}/sections", "issued plan TQ", x -> x.issuedPlan,
                form("ref", "IV", "heading", "Mục mới"), LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(row("POST", "/plans/{id}/sections", "Sở NV's draft", x -> x.agencyDraft,
                form("ref", "IV", "heading", "Mục mới"), LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));

        // ---- tasks: pages ----
        rows.add(get("/tasks", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/tasks/export", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/tasks/{id}", "task of issued plan TQ", x -> x.issuedTask,
                LOGIN, OK, OK, HIDDEN, OK, OK, OK, OK, HIDDEN));
        rows.add(get("/tasks/{id}", "task of Sở NV's draft", x -> x.agencyDraftTask,
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(get("/tasks/{id}", "task of KH plan", x -> x.khanhHoaTask,
                LOGIN, OK, HIDDEN, OK, HIDDEN, HIDDEN, HIDDEN, HIDDEN, OK));
        rows.add(get("/plans/{id}/tasks/new", "issued plan TQ", x -> x.issuedPlan,
                LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(get("/plans/{id}/tasks/new", "Sở NV's draft", x -> x.agencyDraft,
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(row("POST", "/plans/{id}/tasks/new", "issued plan TQ", x -> x.issuedPlan, taskForm(),
                LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(row("POST", "/plans/{id}/tasks/new", "Sở NV's draft", x -> x.agencyDraft, taskForm(),
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(get("/tasks/{id}/edit", "task of issued plan TQ", x -> x.issuedTask,
                LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(get("/tasks/{id}/edit", "task of Sở NV's draft", x -> x.agencyDraftTask,
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(row("POST", "/tasks/{id}/edit", "task of issued plan TQ", x -> x.issuedTask,
                withVersion(taskForm(), "task", x -> x.issuedTask),
                LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(row("POST", "/tasks/{id}/edit", "task of Sở NV's draft", x -> x.agencyDraftTask,
                withVersion(taskForm(), "task", x -> x.agencyDraftTask),
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(row("POST", "/tasks/{id}/archive", "a fresh task of issued plan TQ", Fixtures::freshIssuedTask,
                none(), LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));

        // ---- tracking: pages ----
        rows.add(get("/my-tasks", "", null, LOGIN, DENIED, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/my-tasks/export", "", null, LOGIN, DENIED, OK, OK, OK, OK, OK, OK, OK));
        rows.add(row("POST", "/tasks/{id}/updates", "task led by Sở NV TQ", x -> x.issuedTask,
                form("status", "IN_PROGRESS", "percent", "50", "narrative", "Đang triển khai"),
                LOGIN, DENIED, DENIED, HIDDEN, DENIED, OK, OK, DENIED, HIDDEN));
        rows.add(row("POST", "/tasks/{id}/comments", "task led by Sở NV TQ", x -> x.issuedTask,
                form("body", "Ý kiến"), LOGIN, OK, OK, HIDDEN, DENIED, OK, OK, HIDDEN, HIDDEN));
        rows.add(get("/evidence/{id}", "PDF of Sở NV's update", x -> x.evidence,
                LOGIN, OK, OK, HIDDEN, OK, OK, OK, HIDDEN, HIDDEN));

        // ---- plans: API ----
        rows.add(get("/api/plans", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/api/plans/{id}", "provincial draft TQ", x -> x.provincialDraft,
                LOGIN, OK, OK, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN));
        rows.add(get("/api/plans/{id}", "issued plan TQ", x -> x.issuedPlan,
                LOGIN, OK, OK, HIDDEN, OK, OK, OK, OK, HIDDEN));
        rows.add(get("/api/plans/{id}", "Sở NV's draft", x -> x.agencyDraft,
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(get("/api/plans/{id}", "issued plan KH", x -> x.khanhHoaPlan,
                LOGIN, OK, HIDDEN, OK, HIDDEN, HIDDEN, HIDDEN, HIDDEN, OK));
        rows.add(get("/api/plans/{id}/implementing", "issued plan TQ", x -> x.issuedPlan,
                LOGIN, OK, OK, HIDDEN, OK, OK, OK, OK, HIDDEN));
        rows.add(row("POST", "/api/plans", "provincial plan TQ", null,
                json(x -> planJson(x.tuyenQuang, null)), LOGIN, OK, OK, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED));
        rows.add(row("POST", "/api/plans", "Sở NV's own plan", null,
                json(x -> planJson(x.tuyenQuang, x.ngoaiVuTq)), LOGIN, OK, OK, DENIED, DENIED, OK, OK, DENIED, DENIED));
        rows.add(row("PUT", "/api/plans/{id}", "issued plan TQ", x -> x.issuedPlan,
                json(x -> planJson(x.tuyenQuang, null, version(x, "plan", x.issuedPlan))), LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(row("PUT", "/api/plans/{id}", "Sở NV's draft", x -> x.agencyDraft,
                json(x -> planJson(x.tuyenQuang, x.ngoaiVuTq, version(x, "plan", x.agencyDraft))), LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK,
                HIDDEN, HIDDEN));
        rows.add(row("POST", "/api/plans/{id}/status", "issue a fresh provincial draft",
                Fixtures::freshProvincialDraftWithTask, json(x -> "{\"status\":\"ISSUED\"}"),
                LOGIN, OK, OK, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN));
        rows.add(row("POST", "/api/plans/{id}/status", "issue a fresh draft of Sở NV",
                Fixtures::freshAgencyDraftWithTask, json(x -> "{\"status\":\"ISSUED\"}"),
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, DENIED, HIDDEN, HIDDEN));
        rows.add(row("POST", "/api/plans/{id}/reopen", "reopen a fresh closed plan TQ", Fixtures::freshClosedPlan,
                json(x -> "{\"reason\":\"Bổ sung nhiệm vụ\"}"),
                LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(row("POST", "/api/plans/{id}/copy", "issued plan TQ", x -> x.issuedPlan, json(x -> "{\"year\":2028}"),
                LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(row("DELETE", "/api/plans/{id}", "a fresh issued plan TQ", Fixtures::freshIssuedPlan, none(),
                LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(row("POST", "/api/plans/{id}/sections", "Sở NV's draft", x -> x.agencyDraft,
                json(x -> "{\"ref\":\"V\",\"heading\":\"Mục API\"}"),
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));

        // ---- tasks: API ----
        rows.add(get("/api/tasks", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/api/tasks/{id}", "task of issued plan TQ", x -> x.issuedTask,
                LOGIN, OK, OK, HIDDEN, OK, OK, OK, OK, HIDDEN));
        rows.add(get("/api/tasks/{id}", "task of Sở NV's draft", x -> x.agencyDraftTask,
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(get("/api/tasks/{id}", "task of KH plan", x -> x.khanhHoaTask,
                LOGIN, OK, HIDDEN, OK, HIDDEN, HIDDEN, HIDDEN, HIDDEN, OK));
        rows.add(row("POST", "/api/plans/{id}/tasks", "issued plan TQ", x -> x.issuedPlan, json(x -> taskJson(x)),
                LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(row("POST", "/api/plans/{id}/tasks", "Sở NV's draft", x -> x.agencyDraft, json(x -> taskJson(x)),
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(row("PUT", "/api/tasks/{id}", "task of issued plan TQ", x -> x.issuedTask,
                json(x -> taskJson("A:" + x.ngoaiVuTq, null, null, version(x, "task", x.issuedTask))),
                LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));
        rows.add(row("PUT", "/api/tasks/{id}", "task of Sở NV's draft", x -> x.agencyDraftTask,
                json(x -> taskJson("A:" + x.ngoaiVuTq, null, null, version(x, "task", x.agencyDraftTask))),
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(row("DELETE", "/api/tasks/{id}", "a fresh task of issued plan TQ", Fixtures::freshIssuedTask, none(),
                LOGIN, OK, OK, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));

        // ---- tracking: API ----
        rows.add(get("/api/my-tasks", "", null, LOGIN, DENIED, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/api/tasks/{id}/updates", "task led by Sở NV TQ", x -> x.issuedTask,
                LOGIN, OK, OK, HIDDEN, OK, OK, OK, HIDDEN, HIDDEN));
        rows.add(get("/api/tasks/{id}/updates", "task of Sở NV's draft", x -> x.agencyDraftTask,
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(row("POST", "/api/tasks/{id}/updates", "JSON, task led by Sở NV TQ", x -> x.issuedTask,
                json(x -> "{\"status\":\"IN_PROGRESS\",\"percent\":60,\"narrative\":\"Qua API\"}"),
                LOGIN, DENIED, DENIED, HIDDEN, DENIED, OK, OK, DENIED, HIDDEN));
        rows.add(row("POST", "/api/tasks/{id}/updates", "multipart with PDF, task led by Sở NV TQ", x -> x.issuedTask,
                (r, x) -> r.param("status", "IN_PROGRESS").param("percent", "70").param("narrative", "Kèm tệp"),
                LOGIN, DENIED, DENIED, HIDDEN, DENIED, OK, OK, DENIED, HIDDEN));
        rows.add(get("/api/evidence/{id}", "PDF of Sở NV's update", x -> x.evidence,
                LOGIN, OK, OK, HIDDEN, OK, OK, OK, HIDDEN, HIDDEN));
        rows.add(get("/api/tasks/{id}/comments", "task led by Sở NV TQ", x -> x.issuedTask,
                LOGIN, OK, OK, HIDDEN, OK, OK, OK, HIDDEN, HIDDEN));
        rows.add(row("POST", "/api/tasks/{id}/comments", "task led by Sở NV TQ", x -> x.issuedTask,
                json(x -> "{\"body\":\"Ý kiến qua API\"}"), LOGIN, OK, OK, HIDDEN, DENIED, OK, OK, HIDDEN, HIDDEN));
        rows.add(get("/api/dashboard/province/{id}", "Tuyên Quang", x -> x.tuyenQuang,
                LOGIN, OK, OK, DENIED, OK, DENIED, DENIED, DENIED, DENIED));
        rows.add(get("/api/dashboard/plan/{id}", "issued plan TQ", x -> x.issuedPlan,
                LOGIN, OK, OK, HIDDEN, OK, OK, OK, OK, HIDDEN));
        rows.add(get("/api/dashboard/plan/{id}", "Sở NV's draft", x -> x.agencyDraft,
                LOGIN, OK, OK, HIDDEN, HIDDEN, OK, OK, HIDDEN, HIDDEN));
        rows.add(get("/api/dashboard/agency/{id}", "Sở NV TQ", x -> x.ngoaiVuTq,
                LOGIN, OK, OK, DENIED, OK, OK, OK, DENIED, DENIED));

        // ---- directory: read by everyone signed in; changed by the province's coordinator, an agency's leader ----
        rows.add(get("/agencies", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/agencies/export", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/agencies/groups", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/agencies/{id}", "Sở NV TQ", x -> x.ngoaiVuTq, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/agencies/{id}/edit", "Sở NV TQ", x -> x.ngoaiVuTq,
                LOGIN, OK, OK, DENIED, DENIED, OK, DENIED, DENIED, DENIED));
        rows.add(get("/agencies/new", "", null, LOGIN, OK, OK, OK, DENIED, DENIED, DENIED, DENIED, DENIED));
        rows.add(get("/api/provinces", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/api/agencies", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/api/agencies/{id}", "Sở NV TQ", x -> x.ngoaiVuTq, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(row("PUT", "/api/agencies/{id}", "Sở NV TQ, contacts", x -> x.ngoaiVuTq,
                json(x -> "{\"provinceId\":" + x.tuyenQuang + ",\"kind\":\"DEPARTMENT\",\"fullName\":\"Sở Ngoại vụ\","
                        + "\"phone\":\"0207 3822 000\",\"version\":" + version(x, "agency", x.ngoaiVuTq) + "}"),
                LOGIN, OK, OK, DENIED, DENIED, OK, DENIED, DENIED, DENIED));
        rows.add(get("/api/agency-groups?provinceId={id}", "Tuyên Quang", x -> x.tuyenQuang,
                LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));

        idsInsideRequests(rows);

        // ---- intake and the citation graph ----
        rows.add(get("/intake", "", null, LOGIN, OK, OK, OK, DENIED, DENIED, DENIED, DENIED, DENIED));
        rows.add(get("/intake/plan-card/{id}", "issued plan TQ", x -> x.issuedPlan,
                LOGIN, OK, OK, HIDDEN, OK, OK, OK, OK, HIDDEN));
        rows.add(get("/documents", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/api/documents", "", null, LOGIN, OK, OK, OK, OK, OK, OK, OK, OK));
        rows.add(get("/documents/of-plan/{id}", "issued plan TQ", x -> x.issuedPlan,
                LOGIN, OK, OK, HIDDEN, OK, OK, OK, OK, HIDDEN));

        // ---- administration ----
        rows.add(get("/admin/users", "", null, LOGIN, OK, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED));
        rows.add(get("/admin/users/new", "", null, LOGIN, OK, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED));
        rows.add(get("/admin/users/export", "", null, LOGIN, OK, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED));
        rows.add(get("/api/users", "", null, LOGIN, OK, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED));
        rows.add(get("/admin/reorganisations", "", null, LOGIN, OK, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED,
                DENIED));
        rows.add(get("/api/reorganisations", "", null, LOGIN, OK, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED,
                DENIED));
        rows.add(get("/admin/audit", "", null, LOGIN, OK, OK, OK, DENIED, DENIED, DENIED, DENIED, DENIED));
        rows.add(get("/admin/audit/export", "", null, LOGIN, OK, OK, OK, DENIED, DENIED, DENIED, DENIED, DENIED));
        rows.add(get("/api/audit", "", null, LOGIN, OK, OK, OK, DENIED, DENIED, DENIED, DENIED, DENIED));
        return rows;
    }

    /**
     * Ids named inside a body are checked as the record in the address is: another province's agency, plan, section
     * or province is refused for everyone below the administrator (and for her too where it makes no sense), and
     * the refusal changes nothing.
     */
    private void idsInsideRequests(List<Row> rows) {
        Probe tasksOfPlan = (x, id) -> count(x, "select count(*) from task where plan_id = ?", id);
        rows.add(unchanged("POST", "/api/plans/{id}/tasks", "provincial draft TQ, lead Sở NV KH",
                x -> x.provincialDraft, json(x -> taskJson("A:" + x.ngoaiVuKh, null, null, null)), tasksOfPlan,
                LOGIN, BAD_REQUEST, BAD_REQUEST, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN));
        rows.add(unchanged("POST", "/api/plans/{id}/tasks", "provincial draft TQ, coordinating Sở NV KH",
                x -> x.provincialDraft, json(x -> taskJson("A:" + x.ngoaiVuTq, "A:" + x.ngoaiVuKh, null, null)),
                tasksOfPlan, LOGIN, BAD_REQUEST, BAD_REQUEST, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN));
        rows.add(unchanged("POST", "/plans/{id}/tasks/new", "provincial draft TQ, lead Sở NV KH",
                x -> x.provincialDraft, (r, x) -> r.param("content", "Nhiệm vụ " + Fixtures.tag())
                        .param("lead", "A:" + x.ngoaiVuKh).param("timeframeKind", "UNSPECIFIED"), tasksOfPlan,
                LOGIN, FORM_ERROR, FORM_ERROR, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN));
        rows.add(unchanged("PUT", "/api/tasks/{id}", "task of issued plan TQ, section of plan KH", x -> x.issuedTask,
                json(x -> taskJson("A:" + x.ngoaiVuTq, null, x.khanhHoaSection, version(x, "task", x.issuedTask))),
                (x, id) -> text(x, "select concat_ws('|', section_id, version, content) from task where id = ?", id),
                LOGIN, BAD_REQUEST, BAD_REQUEST, HIDDEN, DENIED, DENIED, DENIED, DENIED, HIDDEN));

        rows.add(unchanged("POST", "/api/plans", "plan of KH", null, json(x -> planJson(x.khanhHoa, null)),
                (x, id) -> count(x, "select count(*) from plan where province_id = ?", x.khanhHoa),
                LOGIN, OK, DENIED, OK, DENIED, DENIED, DENIED, DENIED, DENIED));
        rows.add(unchanged("POST", "/plans/new", "plan of KH", null, planForm(x -> x.khanhHoa),
                (x, id) -> count(x, "select count(*) from plan where province_id = ?", x.khanhHoa),
                LOGIN, OK, DENIED, OK, DENIED, DENIED, DENIED, DENIED, DENIED));
        rows.add(unchanged("POST", "/api/plans", "plan of TQ owned by Sở NV KH", null,
                json(x -> planJson(x.tuyenQuang, x.ngoaiVuKh)),
                (x, id) -> count(x, "select count(*) from plan where owner_agency_id = ?", x.ngoaiVuKh),
                LOGIN, BAD_REQUEST, BAD_REQUEST, BAD_REQUEST, BAD_REQUEST, BAD_REQUEST, BAD_REQUEST, BAD_REQUEST,
                BAD_REQUEST));
        rows.add(unchanged("POST", "/api/plans", "plan of TQ implementing plan KH", null,
                json(x -> planJson(x.tuyenQuang, null).replace("{", "{\"parentPlanId\":" + x.khanhHoaPlan + ",")),
                (x, id) -> count(x, "select count(*) from plan where parent_plan_id = ?", x.khanhHoaPlan),
                LOGIN, BAD_REQUEST, BAD_REQUEST, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED));
        Probe plan = (x, id) -> text(x, "select concat_ws('|', province_id, owner_agency_id, version, title) from plan"
                + " where id = ?", id);
        rows.add(unchanged("PUT", "/api/plans/{id}", "provincial draft TQ, moved to KH", x -> x.provincialDraft,
                json(x -> planJson(x.khanhHoa, null, version(x, "plan", x.provincialDraft))), plan,
                LOGIN, BAD_REQUEST, BAD_REQUEST, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN));
        rows.add(unchanged("POST", "/plans/{id}/edit", "provincial draft TQ, moved to KH", x -> x.provincialDraft,
                (r, x) -> planForm(y -> y.khanhHoa).apply(r, x)
                        .param("version", "" + version(x, "plan", x.provincialDraft)), plan,
                LOGIN, FORM_ERROR, FORM_ERROR, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN, HIDDEN));
        rows.add(unchanged("PUT", "/api/plans/{id}", "Sở NV's draft, given to Công an TQ", x -> x.agencyDraft,
                json(x -> planJson(x.tuyenQuang, x.congAnTq, version(x, "plan", x.agencyDraft))), plan,
                LOGIN, BAD_REQUEST, BAD_REQUEST, HIDDEN, HIDDEN, BAD_REQUEST, BAD_REQUEST, HIDDEN, HIDDEN));

        rows.add(unchanged("POST", "/api/agencies", "agency of TQ under Sở NV KH", null,
                json(x -> agencyJson(x, x.tuyenQuang, "Đơn vị thử " + Fixtures.tag(), x.ngoaiVuKh, null)),
                (x, id) -> count(x, "select count(*) from agency where province_id = ?", x.tuyenQuang),
                LOGIN, BAD_REQUEST, BAD_REQUEST, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED));
        Probe agency = (x, id) -> text(x, "select concat_ws('|', province_id, parent_id, version, full_name)"
                + " from agency where id = ?", id);
        rows.add(unchanged("PUT", "/api/agencies/{id}", "Sở NV TQ under Sở NV KH", x -> x.ngoaiVuTq,
                json(x -> agencyJson(x, x.tuyenQuang, fullName(x, x.ngoaiVuTq), x.ngoaiVuKh,
                        version(x, "agency", x.ngoaiVuTq))), agency,
                LOGIN, BAD_REQUEST, BAD_REQUEST, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED));
        rows.add(unchanged("POST", "/agencies/{id}/edit", "Sở NV TQ under Sở NV KH", x -> x.ngoaiVuTq,
                (r, x) -> r.param("provinceId", "" + x.tuyenQuang).param("kind", "DEPARTMENT")
                        .param("fullName", fullName(x, x.ngoaiVuTq)).param("parentId", "" + x.ngoaiVuKh)
                        .param("version", "" + version(x, "agency", x.ngoaiVuTq)), agency,
                LOGIN, FORM_ERROR, FORM_ERROR, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED));
        rows.add(unchanged("PUT", "/api/agencies/{id}", "a fresh agency of TQ, moved to KH", Fixtures::freshAgencyTq,
                json(x -> agencyJson(x, x.khanhHoa, null, null, 0L)), agency,
                LOGIN, OK, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED));

        Probe usersOfKh = (x, id) -> count(x, "select count(*) from app_user where agency_id = ?", x.ngoaiVuKh);
        rows.add(unchanged("POST", "/api/users", "user of Sở NV KH", null, json(x -> "{\"username\":\"thu."
                        + Fixtures.tag() + "\",\"fullName\":\"Người thử\",\"agencyId\":" + x.ngoaiVuKh
                        + ",\"roles\":[\"AGENCY_OFFICER\"],\"password\":\"MatKhau2026ttdn\"}"), usersOfKh,
                LOGIN, OK, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED));
        rows.add(unchanged("POST", "/admin/users/new", "user of Sở NV KH", null,
                (r, x) -> r.param("username", "thu." + Fixtures.tag()).param("fullName", "Người thử")
                        .param("agencyId", "" + x.ngoaiVuKh).param("roles", "AGENCY_OFFICER")
                        .param("password", "MatKhau2026ttdn"), usersOfKh,
                LOGIN, OK, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED, DENIED));
    }

    private static long count(Fixtures f, String sql, Object param) {
        return f.jdbc.sql(sql).param(param).query(Long.class).single();
    }

    private static String text(Fixtures f, String sql, Object param) {
        return f.jdbc.sql(sql).param(param).query(String.class).single();
    }

    static long version(Fixtures f, String table, long id) {
        return f.jdbc.sql("select version from " + table + " where id = ?").param(id).query(Long.class).single();
    }

    private static String fullName(Fixtures f, long agency) {
        return text(f, "select full_name from agency where id = ?", agency);
    }

    /** An agency as JSON; a null name keeps the stored one of the agency being changed (none for a new one). */
    private static String agencyJson(Fixtures f, long province, String name, Long parent, Long version) {
        return "{\"provinceId\":" + province + ",\"kind\":\"OTHER\",\"fullName\":\""
                + (name == null ? "Đơn vị chuyển tỉnh " + Fixtures.tag() : name) + "\"" + (parent == null ? "" : ",\"parentId\":" + parent)
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    @TestFactory
    Stream<DynamicContainer> everyEndpointForEveryone() {
        return rows().stream().map(row -> DynamicContainer.dynamicContainer(label(row),
                Stream.of(Who.values()).map(who -> DynamicTest.dynamicTest(who.label, () -> check(row, who)))));
    }

    private void check(Row row, Who who) throws Exception {
        Outcome expected = row.expected()[who.ordinal()];
        Long id = row.id() == null ? null : row.id().applyAsLong(f);
        Object before = row.probe() == null ? null : row.probe().state(f, id);
        MockHttpServletResponse response = call(row, who, id);
        Outcome actual = Outcome.of(row.method(), response);
        if (row.probe() != null && expected != OK) {
            assertThat(row.probe().state(f, id)).as("%s %s as %s changed nothing", row.method(), row.pattern(),
                    who.label).isEqualTo(before);
        }
        String cell = expected.accepts(actual) ? actual.name() : actual + " (expected " + expected + ")";
        observed.computeIfAbsent(label(row), k -> new EnumMap<>(Who.class)).put(who, cell);
        if (!expected.accepts(actual)) {
            mismatches.add(label(row) + " as " + who.label + ": " + cell + " " + response.getStatus());
        }
        assertThat(actual).as("%s %s as %s (HTTP %d, %s)", row.method(), row.pattern(), who.label,
                response.getStatus(), response.getContentAsString(StandardCharsets.UTF_8).lines().limit(3).toList())
                .matches(expected::accepts, "is " + expected);
    }

    private MockHttpServletResponse call(Row row, Who who, Long id) throws Exception {
        TestSecurityContextHolder.clearContext();
        SecurityContextHolder.clearContext();
        String uri = id == null ? row.pattern() : row.pattern().replace("{id}", Long.toString(id));
        AbstractMockHttpServletRequestBuilder<?> request;
        if (row.target().startsWith("multipart")) {
            request = MockMvcRequestBuilders.multipart(uri)
                    .file(new MockMultipartFile("files", "bao-cao.pdf", "application/pdf", Fixtures.PDF));
        } else {
            request = MockMvcRequestBuilders.request(HttpMethod.valueOf(row.method()), uri);
        }
        request = row.body().apply(request, f);
        if (!row.method().equals("GET")) {
            request = request.with(csrf());
        }
        if (who.username != null) {
            request = request.with(user(f.principal(who.username)));
        }
        try {
            return mvc.perform(request).andReturn().getResponse();
        } finally {
            TestSecurityContextHolder.clearContext();
        }
    }

    @AfterAll
    void writeSummary() throws IOException {
        StringBuilder md = new StringBuilder("# Authorization matrix\n\n")
                .append("OK = allowed (2xx/3xx), DENIED = 403, HIDDEN = 404, LOGIN = sign-in page / 401.\n\n")
                .append("| endpoint | target |");
        for (Who who : Who.values()) {
            md.append(' ').append(who.label).append(" |");
        }
        md.append("\n|---|---|").append("---|".repeat(Who.values().length)).append('\n');
        for (Row row : rows()) {
            Map<Who, String> cells = observed.getOrDefault(label(row), Map.of());
            md.append("| ").append(row.method()).append(' ').append(row.pattern()).append(" | ")
                    .append(row.target()).append(" |");
            for (Who who : Who.values()) {
                md.append(' ').append(cells.getOrDefault(who, "—")).append(" |");
            }
            md.append('\n');
        }
        if (!mismatches.isEmpty()) {
            md.append("\n## Mismatches\n\n");
            mismatches.forEach(m -> md.append("- ").append(m).append('\n'));
        }
        System.out.println(md);
        Path out = Path.of("target", "authorization-matrix.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md);
    }

    // ---- building the table ----

    private static String label(Row row) {
        return row.method() + " " + row.pattern() + (row.target().isEmpty() ? "" : " [" + row.target() + "]");
    }

    private static Row get(String pattern, String target, ToLongFunction<Fixtures> id, Outcome... expected) {
        return row("GET", pattern, target, id, none(), expected);
    }

    private static Row row(String method, String pattern, String target, ToLongFunction<Fixtures> id, Body body,
                           Outcome... expected) {
        if (expected.length != Who.values().length) {
            throw new IllegalArgumentException(method + " " + pattern + ": one outcome per column");
        }
        return new Row(method, pattern, target, id, body, expected, null);
    }

    /** A row whose refusals must change nothing: {@code probe} reads the same before and after each of them. */
    private static Row unchanged(String method, String pattern, String target, ToLongFunction<Fixtures> id,
                                 Body body, Probe probe, Outcome... expected) {
        row(method, pattern, target, id, body, expected); // one outcome per column
        return new Row(method, pattern, target, id, body, expected, probe);
    }

    private static Body none() {
        return (r, f) -> r;
    }

    private static Body form(String... pairs) {
        return (r, f) -> {
            for (int i = 0; i < pairs.length; i += 2) {
                r = r.param(pairs[i], pairs[i + 1]);
            }
            return r;
        };
    }

    private static Body planForm(ToLongFunction<Fixtures> province) {
        return (r, f) -> r.param("provinceId", "" + province.applyAsLong(f)).param("kind", "PLAN")
                .param("title", "Kế hoạch đã sửa " + Fixtures.tag()).param("year", "2026");
    }

    /** An edit form sent with the version of the record as it is now (read when the request is made). */
    private static Body withVersion(Body form, String table, ToLongFunction<Fixtures> id) {
        return (r, f) -> form.apply(r, f).param("version", "" + version(f, table, id.applyAsLong(f)));
    }

    private static Body taskForm() {
        return (r, f) -> r.param("content", "Nhiệm vụ " + Fixtures.tag()).param("lead", "A:" + f.ngoaiVuTq)
                .param("timeframeKind", "UNSPECIFIED");
    }

    private static Body json(java.util.function.Function<Fixtures, String> body) {
        return (r, f) -> r.contentType(MediaType.APPLICATION_JSON).content(body.apply(f));
    }

    private static String planJson(long province, Long owner) {
        return planJson(province, owner, null);
    }

    private static String planJson(long province, Long owner, Long version) {
        return "{\"provinceId\":" + province + (owner == null ? "" : ",\"ownerAgencyId\":" + owner)
                + ",\"kind\":\"PLAN\",\"title\":\"Kế hoạch API " + Fixtures.tag() + "\",\"year\":2026"
                + (version == null ? "" : ",\"version\":" + version) + "}";
    }

    private static String taskJson(Fixtures f) {
        return taskJson("A:" + f.ngoaiVuTq, null, null, null);
    }

    private static String taskJson(String lead, String coordinating, Long section, Long version) {
        return "{\"content\":\"Nhiệm vụ API " + Fixtures.tag() + "\",\"lead\":[\"" + lead + "\"]"
                + (coordinating == null ? "" : ",\"coordinating\":[\"" + coordinating + "\"]")
                + (section == null ? "" : ",\"sectionId\":" + section)
                + (version == null ? "" : ",\"version\":" + version) + ",\"timeframeKind\":\"UNSPECIFIED\"}";
    }
}
