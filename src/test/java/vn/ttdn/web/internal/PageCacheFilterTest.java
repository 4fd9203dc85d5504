package vn.ttdn.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ttdn.TtdnTest;
import vn.ttdn.identity.TtdnPrincipal;
import vn.ttdn.tracking.Tracking;

/** The page cache as users meet it: fast repeats, never someone else's page, never an old state of the data. */
@TtdnTest
class PageCacheFilterTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern SUBMISSION = Pattern.compile("name=\"_submission\" value=\"([^\"]+)\"");

    @Autowired MockMvc mvc;
    @Autowired PageCacheFilter filter;
    @Autowired UserDetailsService users;
    @Autowired Tracking tracking;
    @Autowired DataSource dataSource;

    private TtdnPrincipal principal(String username) {
        return (TtdnPrincipal) users.loadUserByUsername(username);
    }

    private String page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return mvc.perform(request.with(user(principal(username)))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static String token(String html) {
        Matcher m = CSRF.matcher(html);
        assertThat(m.find()).as("the page carries a CSRF token").isTrue();
        return m.group(1);
    }

    /** The page without what each copy gets of its own: the session's token and the forms' one-time ids. */
    private static String sameForEveryCopy(String html) {
        return SUBMISSION.matcher(html.replace(token(html), "")).replaceAll("name=\"_submission\" value=\"\"");
    }

    private static java.util.List<String> submissionIds(String html) {
        return SUBMISSION.matcher(html).results().map(m -> m.group(1)).toList();
    }

    private long issuedTaskOfTuyenQuang() {
        return JdbcClient.create(dataSource).sql("select t.id from task t join plan p on p.id = t.plan_id"
                        + " join province v on v.id = p.province_id where p.status = 'ISSUED' and not t.archived"
                        + " and v.name like '%Tuyên Quang' order by t.id limit 1")
                .query(Long.class).single();
    }

    @Test
    void aPageAskedForAgainComesFromMemoryWithATokenThatWorksForThisSession() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String first = page(get("/plans").session(session), "dieuphoi");
        long hits = filter.cache().hits();

        String again = page(get("/plans").session(session), "dieuphoi");

        assertThat(filter.cache().hits()).isEqualTo(hits + 1);
        assertThat(sameForEveryCopy(again)).isEqualTo(sameForEveryCopy(first));
        mvc.perform(post("/logout").session(session).param("_csrf", token(again)).accept(MediaType.TEXT_HTML)
                        .with(user(principal("dieuphoi"))))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void everyCopyOfAStoredPageHasFormIdsOfItsOwnSoTwoTabsAreTwoSubmissions() throws Exception {
        long task = issuedTaskOfTuyenQuang();
        String first = page(get("/tasks/" + task), "dieuphoi");
        long hits = filter.cache().hits();

        String again = page(get("/tasks/" + task), "dieuphoi");

        assertThat(filter.cache().hits()).isEqualTo(hits + 1);
        assertThat(submissionIds(first)).hasSizeGreaterThanOrEqualTo(2).doesNotHaveDuplicates(); // comment, sign out
        assertThat(submissionIds(again)).hasSameSizeAs(submissionIds(first)).doesNotHaveDuplicates()
                .doesNotContainAnyElementsOf(submissionIds(first))
                .allMatch(id -> id.matches("[A-Za-z0-9_-]{22}"));
        assertThat(sameForEveryCopy(again)).isEqualTo(sameForEveryCopy(first));
    }

    @Test
    void aPageStoredForOneSessionCarriesTheTokenOfTheSessionItIsSentTo() throws Exception {
        MockHttpSession other = new MockHttpSession();
        String othersPage = page(get("/plans").session(other), "dieuphoi");
        MockHttpSession mine = new MockHttpSession();
        long hits = filter.cache().hits();

        String myPage = page(get("/plans").session(mine), "dieuphoi");

        assertThat(filter.cache().hits()).isEqualTo(hits + 1);
        mvc.perform(post("/logout").session(mine).param("_csrf", token(othersPage)).accept(MediaType.TEXT_HTML)
                        .with(user(principal("dieuphoi"))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").session(mine).param("_csrf", token(myPage)).accept(MediaType.TEXT_HTML)
                        .with(user(principal("dieuphoi"))))
                .andExpect(redirectedUrl("/login?logout"));
    }

    @Test
    void eachUserGetsHerOwnPageNeverAnotherUsers() throws Exception {
        String police = page(get("/my-tasks"), "canbo.congan");
        page(get("/my-tasks"), "canbo.ngoaivu");
        long hits = filter.cache().hits();

        String foreignAffairs = page(get("/my-tasks"), "canbo.ngoaivu");

        assertThat(filter.cache().hits()).isEqualTo(hits + 1);
        assertThat(foreignAffairs).contains("Phạm Văn Cán Bộ").doesNotContain("Hoàng Thị Công An");
        assertThat(police).contains("Hoàng Thị Công An").doesNotContain("Phạm Văn Cán Bộ");
    }

    @Test
    void aChangeIsOnTheVeryNextPage() throws Exception {
        long task = issuedTaskOfTuyenQuang();
        page(get("/tasks/" + task), "dieuphoi");
        page(get("/tasks/" + task), "dieuphoi");
        String comment = "Đã gửi báo cáo lúc " + System.nanoTime();

        TtdnPrincipal coordinator = principal("dieuphoi");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                coordinator, null, coordinator.getAuthorities()));
        try {
            tracking.comment(task, comment);
        } finally {
            SecurityContextHolder.clearContext();
        }

        assertThat(page(get("/tasks/" + task), "dieuphoi")).contains(comment);
    }

    @Test
    void aOneTimeMessageIsShownOnceNotKept() throws Exception {
        String saved = "Đã lưu kế hoạch (lần " + System.nanoTime() + ").";
        assertThat(page(get("/plans").flashAttr("flash", saved), "lanhdao.tinh")).contains(saved);

        assertThat(page(get("/plans"), "lanhdao.tinh")).doesNotContain(saved);
    }

    @Test
    void pagesOffTheListAreRenderedEveryTime() throws Exception {
        page(get("/admin/audit"), "admin");
        long renders = filter.cache().renders();
        long hits = filter.cache().hits();

        page(get("/admin/audit"), "admin");

        assertThat(filter.cache().renders()).isEqualTo(renders);
        assertThat(filter.cache().hits()).isEqualTo(hits);
    }

    @Test
    void aChangeInOneProvinceLeavesAnotherProvincesPagesInTheCacheWhileItsOwnAreRenderedAgain() throws Exception {
        long tuyenQuangTask = issuedTaskOfTuyenQuang();
        page(get("/plans"), "dieuphoi.khanhhoa");
        page(get("/plans"), "dieuphoi");
        page(get("/plans"), "dieuphoi");

        TtdnPrincipal coordinator = principal("dieuphoi");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                coordinator, null, coordinator.getAuthorities()));
        try {
            tracking.comment(tuyenQuangTask, "Bình luận ở Tuyên Quang lúc " + System.nanoTime());
        } finally {
            SecurityContextHolder.clearContext();
        }
        long hits = filter.cache().hits();
        long renders = filter.cache().renders();

        page(get("/plans"), "dieuphoi.khanhhoa");
        assertThat(filter.cache().hits()).as("Khánh Hòa's page is served from memory").isEqualTo(hits + 1);
        assertThat(filter.cache().renders()).isEqualTo(renders);

        page(get("/plans"), "dieuphoi");
        assertThat(filter.cache().renders()).as("Tuyên Quang's page is rendered again").isEqualTo(renders + 1);
        assertThat(filter.cache().hits()).isEqualTo(hits + 1);
    }
}
