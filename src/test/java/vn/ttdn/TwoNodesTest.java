package vn.ttdn;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ttdn.identity.TtdnPrincipal;
import vn.ttdn.tracking.Tracking;

/**
 * Two application instances on one database, as behind a load balancer: a session made on one is good on the other,
 * a change made on one shows on the other's next page within a second, a cluster job runs once per period across
 * both, and sign-in failures counted by one slow the address down on the other. Node A starts the embedded PostgreSQL with the demo data; node B uses it as an external server.
 */
class TwoNodesTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" (?:type=\"hidden\" )?value=\"([^\"]+)\"");
    private static final Queue<Run> RUNS = new ConcurrentLinkedQueue<>();

    record Run(String node, Instant at) {
    }

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private static final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A recurring job of period one second on both nodes: db-scheduler must run each execution on one only. */
    @Configuration(proxyBeanMethods = false)
    static class ClusterProbe {
        @Bean
        RecurringTask<Void> clusterProbe(@Value("${ttdn.test.node}") String node) {
            return Tasks.recurring("two-nodes-probe", FixedDelay.of(Duration.ofSeconds(1)))
                    .execute((instance, context) -> RUNS.add(new Run(node, Instant.now())));
        }
    }

    @BeforeAll
    static void startTwoNodes() {
        a = node("a", "ttdn.db.embedded.clean=true", "ttdn.demo=true");
        HikariDataSource db = a.getBean(HikariDataSource.class);
        b = node("b", "ttdn.db.url=" + db.getJdbcUrl(), "ttdn.db.username=" + db.getUsername(),
                "ttdn.db.password=" + db.getPassword(), "ttdn.demo=false");
    }

    private static ConfigurableApplicationContext node(String name, String... properties) {
        List<String> all = new ArrayList<>(List.of("server.port=0", "ttdn.test.node=" + name,
                "ttdn.data-dir=target/test-data/two-nodes-" + name, "ttdn.db.embedded.durable=false",
                "ttdn.db.pool-size=6", "db-scheduler.polling-interval=100ms"));
        all.addAll(List.of(properties));
        // As command-line arguments: they override application.properties, as a node's environment would.
        return new SpringApplicationBuilder(TtdnApplication.class, ClusterProbe.class)
                .run(all.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
    }

    private static String base(ConfigurableApplicationContext node) {
        return "http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port");
    }

    private static HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base(node) + path)).GET()
                .header("Accept", "text/html"); // as a browser asks (an API client gets 401, not the login page)
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String sessionCookie(HttpResponse<?> response, String otherwise) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring(0, c.indexOf(';'))).findFirst().orElse(otherwise);
    }

    /** Signs in on a node through the login form, as a browser does; the session cookie it ends with. */
    private static String signIn(ConfigurableApplicationContext node, String username) throws Exception {
        HttpResponse<String> form = get(node, "/login", null);
        String cookie = sessionCookie(form, null);
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
        String body = "username=" + username + "&password=" + URLEncoder.encode("Demo@2026ttdn", StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create(base(node) + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("/login");
        return sessionCookie(signedIn, cookie);
    }

    private static long issuedTaskOfTuyenQuang() {
        return JdbcClient.create(a.getBean(HikariDataSource.class)).sql("select t.id from task t"
                        + " join plan p on p.id = t.plan_id join province v on v.id = p.province_id"
                        + " where p.status = 'ISSUED' and not t.archived and v.name like '%Tuyên Quang'"
                        + " order by t.id limit 1")
                .query(Long.class).single();
    }

    @Test
    void aUserSignedInOnOneNodeIsServedByTheOtherWithTheSameCookie() throws Exception {
        String cookie = signIn(a, "dieuphoi");

        HttpResponse<String> onB = get(b, "/plans", cookie);

        assertThat(onB.statusCode()).isEqualTo(200);
        assertThat(onB.body()).contains("Nguyễn Thị Điều Phối");
        assertThat(get(b, "/plans", null).statusCode()).as("without the cookie: sent to sign in").isEqualTo(302);
    }

    @Test
    void signingOutOnOneNodeEndsTheSessionOnTheOther() throws Exception {
        String cookie = signIn(a, "dieuphoi");
        assertThat(get(b, "/plans", cookie).statusCode()).isEqualTo(200); // B now knows the session's values
        HttpResponse<String> page = get(a, "/plans", cookie);
        Matcher csrf = CSRF.matcher(page.body());
        assertThat(csrf.find()).isTrue();

        HttpResponse<String> signedOut = http.send(HttpRequest.newBuilder(URI.create(base(a) + "/logout")).header("Accept", "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(csrf.group(1),
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(get(b, "/plans", cookie).statusCode()).as("the old cookie on node B: sent to sign in")
                .isEqualTo(302);
        assertThat(get(a, "/plans", cookie).statusCode()).isEqualTo(302);
    }

    @Test
    void pagesAskedForTogetherRightAfterSigningInAllAnswer() throws Exception {
        String cookie = signIn(a, "dieuphoi");

        List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> pages = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pages.add(http.sendAsync(HttpRequest.newBuilder(URI.create(base(i % 2 == 0 ? a : b) + "/plans"))
                    .header("Accept", "text/html").header("Cookie", cookie).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        assertThat(pages).allSatisfy(page -> assertThat(page.get().statusCode())
                .as("no race to store the session's CSRF token").isEqualTo(200));
    }

    @Test
    void aSessionsLastAccessIsWrittenOncePerMinuteNotOnEveryRequest() throws Exception {
        String cookie = signIn(a, "dieuphoi");
        String id = new String(java.util.Base64.getDecoder().decode(cookie.substring("JSESSIONID=".length())),
                StandardCharsets.UTF_8);
        JdbcClient db = JdbcClient.create(a.getBean(HikariDataSource.class));
        get(a, "/plans", cookie);
        long first = lastAccess(db, id);

        get(a, "/plans", cookie);
        get(b, "/plans", cookie);

        assertThat(lastAccess(db, id)).as("two more requests within the minute write nothing").isEqualTo(first);
        db.sql("update spring_session set last_access_time = last_access_time - 120000,"
                + " expiry_time = expiry_time - 120000 where session_id = ?").param(id).update();
        assertThat(get(b, "/plans", cookie).statusCode()).isEqualTo(200);
        assertThat(lastAccess(db, id)).as("a request two minutes after the stored access writes it")
                .isGreaterThan(first);
    }

    private static long lastAccess(JdbcClient db, String sessionId) {
        return db.sql("select last_access_time from spring_session where session_id = ?").param(sessionId)
                .query(Long.class).single();
    }

    @Test
    void aChangeMadeOnOneNodeShowsOnTheOthersNextPageWithinASecond() throws Exception {
        String cookie = signIn(b, "dieuphoi");
        long task = issuedTaskOfTuyenQuang();
        get(b, "/tasks/" + task, cookie);
        assertThat(get(b, "/tasks/" + task, cookie).statusCode()).isEqualTo(200); // now in B's page cache
        String comment = "Bình luận ghi ở nút A lúc " + System.nanoTime();

        TtdnPrincipal coordinator = (TtdnPrincipal) a.getBean(UserDetailsService.class).loadUserByUsername("dieuphoi");
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                coordinator, null, coordinator.getAuthorities()));
        try {
            a.getBean(Tracking.class).comment(task, comment);
        } finally {
            SecurityContextHolder.clearContext();
        }
        Instant committed = Instant.now();

        boolean shown = false;
        while (!shown && Duration.between(committed, Instant.now()).toMillis() < 1000) {
            shown = get(b, "/tasks/" + task, cookie).body().contains(comment);
            if (!shown) {
                Thread.sleep(50);
            }
        }
        assertThat(shown).as("node B shows node A's change on a page asked for within a second").isTrue();
    }

    @Test
    void aClusterJobRunsOncePerPeriodAcrossBothNodes() throws Exception {
        Thread.sleep(5_500);
        List<Run> runs = List.copyOf(RUNS);

        assertThat(runs).as("the job runs (period 1 s)").hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < runs.size(); i++) {
            assertThat(Duration.between(runs.get(i - 1).at(), runs.get(i).at()))
                    .as("no execution is run twice, by both nodes: %s", runs)
                    .isGreaterThanOrEqualTo(Duration.ofMillis(900));
        }
    }

    @Test
    void signInFailuresCountedOnOneNodeSlowTheAddressDownOnTheOther() throws Exception {
        try {
            for (int i = 0; i < 4; i++) { // three failures are free, the fourth delays the address
                assertThat(withWrongPassword(a).statusCode()).isEqualTo(401);
            }

            assertThat(withWrongPassword(b).statusCode()).as("node B refuses the address node A delayed")
                    .isEqualTo(429);
        } finally {
            // The delay would refuse the other tests' sign-ins from this address.
            JdbcClient.create(a.getBean(HikariDataSource.class)).sql("delete from login_failure").update();
        }
    }

    private static HttpResponse<String> withWrongPassword(ConfigurableApplicationContext node) throws Exception {
        String credentials = java.util.Base64.getEncoder()
                .encodeToString("khong.co.ai:sai-mat-khau".getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(base(node) + "/api/plans"))
                .header("Authorization", "Basic " + credentials).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
