package vn.ttdn.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ttdn.TtdnTest;

/**
 * Every failure of a page is a page in the layout, in the user's language, with a way back; JSON only under /api.
 * MockMvc does not forward a sendError to /error as the container does, so {@link #shown} does that second step.
 */
@TtdnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ErrorPagesTest extends SecurityTestSupport {

    @Test
    void unknownAddressIsAVietnamesePageInTheLayout() throws Exception {
        Shown shown = shown(get("/no-such-page").with(as("canbo.ngoaivu")), "/no-such-page");
        assertThat(shown.status).isEqualTo(404);
        assertPage(shown.body, "Không tìm thấy");
        assertThat(shown.body).doesNotContain("Whitelabel");
    }

    @Test
    void forbiddenPagesAreVietnamesePages() throws Exception {
        Shown audit = shown(get("/admin/audit").with(as("canbo.ngoaivu")), "/admin/audit");
        assertThat(audit.status).isEqualTo(403);
        assertPage(audit.body, "Không có quyền");
        Shown users = shown(get("/admin/users").with(as("dieuphoi"))
                .header("Referer", "http://localhost/plans"), "/admin/users");
        assertThat(users.status).isEqualTo(403);
        assertPage(users.body, "Không có quyền");
        assertThat(users.body).contains("href=\"http://localhost/plans\"").contains("Quay lại trang trước");
    }

    @Test
    void badParametersOfAPageAreAPageNotJson() throws Exception {
        for (String uri : new String[] {"/plans/abc", "/tasks?year=abc"}) {
            Shown shown = shown(get(uri).with(as("dieuphoi")), uri);
            assertThat(shown.status).as(uri).isEqualTo(400);
            assertThat(shown.contentType).as(uri).startsWith("text/html");
            assertPage(shown.body, "Yêu cầu không hợp lệ");
            assertThat(shown.body).as(uri).contains("không hợp lệ");
        }
    }

    @Test
    void tooLargeAndServerFailureAreVietnamesePages() throws Exception {
        Shown large = errorDispatch(413, "/intake", null);
        assertThat(large.status).isEqualTo(413);
        assertPage(large.body, "Tệp quá lớn");
        Shown failed = errorDispatch(500, "/plans", null);
        assertThat(failed.status).isEqualTo(500);
        assertPage(failed.body, "Lỗi hệ thống");
    }

    @Test
    void englishWhenTheUserChoseEnglish() throws Exception {
        Cookie en = new Cookie("ttdn-lang", "en");
        Shown shown = shown(get("/admin/audit").with(as("canbo.ngoaivu")).cookie(en), "/admin/audit");
        assertThat(shown.status).isEqualTo(403);
        assertThat(shown.body).contains("Not allowed").contains("You are not allowed to see this page.")
                .doesNotContain("Không có quyền");
        assertThat(errorDispatch(404, "/nothing", en).body).contains("There is no page at this address.");
    }

    @Test
    void underApiTheAnswerIsAVietnameseProblemDocument() throws Exception {
        Shown missing = shown(get("/api/no-such-thing").with(as("dieuphoi")), "/api/no-such-thing");
        assertThat(missing.status).isEqualTo(404);
        assertThat(missing.contentType).startsWith("application/problem+json");
        assertThat(missing.body).contains("\"status\":404").contains("Không có trang nào ở địa chỉ này");
        Shown forbidden = shown(get("/api/users").with(as("dieuphoi")), "/api/users");
        assertThat(forbidden.status).isEqualTo(403);
        assertThat(forbidden.contentType).startsWith("application/problem+json");
        Shown failed = errorDispatch(500, "/api/plans", null);
        assertThat(failed.contentType).startsWith("application/problem+json");
        assertThat(failed.body).contains("Hệ thống gặp lỗi");
        Shown bad = shown(get("/api/plans/abc").with(as("dieuphoi")), "/api/plans/abc");
        assertThat(bad.status).isEqualTo(400);
        assertThat(bad.contentType).startsWith("application/problem+json");
    }

    private static void assertPage(String body, String title) {
        assertThat(body).contains("<h1 class=\"h3\">" + title).contains("navbar-brand")
                .contains("Về trang chủ").doesNotContain("Whitelabel").doesNotContain("\"status\":");
    }

    record Shown(int status, String contentType, String body) {
    }

    /** The answer as a browser gets it: when the application only sent an error, the container's /error page. */
    private Shown shown(MockHttpServletRequestBuilder request, String uri) throws Exception {
        MockHttpServletResponse first = mvc.perform(request).andReturn().getResponse();
        if (first.getStatus() < 400 || first.getContentAsByteArray().length > 0) {
            return new Shown(first.getStatus(), String.valueOf(first.getContentType()),
                    first.getContentAsString(StandardCharsets.UTF_8));
        }
        Cookie[] cookies = mvc.perform(request).andReturn().getRequest().getCookies();
        return errorDispatch(first.getStatus(), uri.replaceAll("\\?.*", ""), cookies == null ? null : cookies[0]);
    }

    private Shown errorDispatch(int status, String uri, Cookie cookie) throws Exception {
        MockHttpServletRequestBuilder error = get("/error").with(as("dieuphoi"))
                .with(r -> {
                    r.setDispatcherType(DispatcherType.ERROR);
                    return r;
                })
                .header("Referer", "http://localhost/plans")
                .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, status)
                .requestAttr(RequestDispatcher.ERROR_REQUEST_URI, uri);
        if (cookie != null) {
            error = error.cookie(cookie);
        }
        MockHttpServletResponse response = mvc.perform(error).andReturn().getResponse();
        return new Shown(response.getStatus(), String.valueOf(response.getContentType()),
                response.getContentAsString(StandardCharsets.UTF_8));
    }
}
