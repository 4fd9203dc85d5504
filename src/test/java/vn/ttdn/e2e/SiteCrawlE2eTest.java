package vn.ttdn.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.RequestOptions;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every role signs in, opens every page of its menu and follows the links found there (two levels deep), and each
 * page must hold up: it answers 200 as an HTML page of the application (no Whitelabel page, no raw JSON, no link
 * that leads to a refusal), shows times in the province's zone, speaks the chosen language only, and has no serious
 * or critical WCAG 2.1 A/AA violation that axe-core finds.
 */
class SiteCrawlE2eTest extends BrowserTest {

    /**
     * Two pages of each kind (same path with other ids) tell enough, one of each sorted or paged variant of a list;
     * the cap keeps the run short.
     */
    private static final int PAGES_PER_KIND = 2;
    private static final int MAX_PAGES_PER_ROLE = 60;
    private static final int DEPTH = 2;

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
            "admin, vi", "dieuphoi, vi", "lanhdao.tinh, vi", "lanhdao.ngoaivu, vi", "canbo.ngoaivu, vi",
            "canbo.congan, vi", "dieuphoi.khanhhoa, vi", "dieuphoi, en", "canbo.ngoaivu, en"})
    void everyPageReachableFromTheMenuHoldsUp(String username, String language) {
        // axe-core is injected as a script: the pages' Content-Security-Policy would rightly refuse it.
        BrowserContext crawler = newContext(new Browser.NewContextOptions().setBypassCSP(true));
        Page p = crawler.newPage();
        login(p, username);
        if (language.equals("en")) {
            p.navigate("/?lang=en");
        }
        PageChecks checks = new PageChecks(language);
        List<String> problems = new ArrayList<>();
        Set<String> visited = crawl(p, checks, problems);
        assertThat(visited).as("pages opened as " + username).hasSizeGreaterThan(5);
        assertThat(problems).as(username + " (" + language + ") opened " + visited.size() + " pages:\n"
                + String.join("\n", visited)).isEmpty();
    }

    private Set<String> crawl(Page p, PageChecks checks, List<String> problems) {
        Set<String> visited = new LinkedHashSet<>();
        Map<String, Integer> perKind = new HashMap<>();
        Deque<Link> queue = new ArrayDeque<>();
        p.navigate("/");
        for (String href : links(p, "nav.navbar a[href]")) {
            queue.add(new Link(href, "menu", 0));
        }
        queue.add(new Link(path(p.url()), "after sign-in", 0));
        while (!queue.isEmpty() && visited.size() < MAX_PAGES_PER_ROLE) {
            Link link = queue.poll();
            String kind = kind(link.path());
            if (visited.contains(link.path()) || perKind.merge(kind, 1, Integer::sum) > (kind.contains("?") ? 1 : PAGES_PER_KIND)) {
                continue;
            }
            visited.add(link.path());
            if (looksLikeDownload(link.path())) {
                checkDownload(p.context(), link, problems);
                continue;
            }
            Response response = p.navigate(link.path());
            List<String> found = checks.of(p, response);
            found.forEach(problem -> problems.add(link.path() + " (from " + link.from() + "): " + problem));
            boolean isPage = response != null && response.status() == 200 && !p.url().contains("/login");
            if (isPage && link.depth() < DEPTH) {
                for (String href : links(p, "main a[href]")) {
                    queue.add(new Link(href, link.path(), link.depth() + 1));
                }
            }
        }
        return visited;
    }

    private void checkDownload(BrowserContext c, Link link, List<String> problems) {
        var response = c.request().get(base() + link.path(), RequestOptions.create().setMaxRedirects(0));
        if (response.status() != 200) {
            problems.add(link.path() + " (from " + link.from() + "): a download answered " + response.status());
        }
    }

    /** Same-site links a person can follow: not the language switch, sign-out, fragments or the API. */
    private List<String> links(Page p, String selector) {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>) p.evalOnSelectorAll(selector, "as => as.map(a => a.href)");
        List<String> result = new ArrayList<>();
        for (String href : hrefs) {
            if (!href.startsWith(base() + "/")) {
                continue;
            }
            String path = path(href);
            if (path.contains("lang=") || path.startsWith("/logout") || path.startsWith("/api/") || path.equals("/#")) {
                continue;
            }
            result.add(path);
        }
        return result;
    }

    private static String path(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** /plans/12/tasks?page=2 and /plans/7/tasks?page=3 are the same kind of page. */
    static String kind(String path) {
        String[] parts = path.split("\\?", 2);
        String kind = parts[0].replaceAll("/\\d+", "/{id}");
        if (parts.length > 1) {
            List<String> names = new ArrayList<>();
            for (String pair : parts[1].split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
            kind += "?" + String.join("&", names.stream().sorted().toList());
        }
        return kind;
    }

    private static boolean looksLikeDownload(String path) {
        String p = path.split("\\?", 2)[0];
        return p.matches(".*\\.(xlsx|docx|pdf|csv|txt|json)$") || p.contains("/export") || p.contains("/download")
                || p.contains("/evidence/") || p.contains("/files/") || p.endsWith("/source");
    }

    private record Link(String path, String from, int depth) {}
}
