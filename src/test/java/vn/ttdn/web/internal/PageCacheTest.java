package vn.ttdn.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletResponse;
import vn.ttdn.changes.DataVersion;

class PageCacheTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static PageCache.Key key(long version, String address) {
        return new PageCache.Key(version, TODAY, "canbo.ngoaivu", address, "vi");
    }

    private static RenderedPage page(String html) {
        return RenderedPage.of("text/html;charset=UTF-8", html.getBytes(StandardCharsets.UTF_8), "TOKEN-A");
    }

    private static String sent(RenderedPage page, String token) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        page.writeTo(response, token);
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aStoredPageIsSentWithTheTokenOfTheRequestAskingForIt() throws Exception {
        RenderedPage page = page("<meta content=\"TOKEN-A\"><p>Nhiệm vụ</p><input value=\"TOKEN-A\">");

        assertThat(sent(page, "TOKEN-OF-ANOTHER-REQUEST"))
                .isEqualTo("<meta content=\"TOKEN-OF-ANOTHER-REQUEST\"><p>Nhiệm vụ</p>"
                        + "<input value=\"TOKEN-OF-ANOTHER-REQUEST\">")
                .doesNotContain("TOKEN-A");
    }

    @Test
    void everyCopyOfAStoredPageGetsFreshFormIdsInPlaceOfThoseItWasRenderedWith() throws Exception {
        RenderedPage page = RenderedPage.of("text/html;charset=UTF-8", ("<meta content=\"TOKEN-A\"><form><input value=\"ID-1\">"
                + "<input value=\"TOKEN-A\"></form><form><input value=\"ID-2\"></form>").getBytes(StandardCharsets.UTF_8),
                "TOKEN-A", java.util.List.of("ID-1", "ID-2"));
        java.util.Iterator<String> fresh = java.util.List.of("NEW-1", "NEW-2").iterator();
        MockHttpServletResponse response = new MockHttpServletResponse();

        page.writeTo(response, "TOKEN-B", fresh::next);

        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo("<meta content=\"TOKEN-B\"><form>"
                + "<input value=\"NEW-1\"><input value=\"TOKEN-B\"></form><form><input value=\"NEW-2\"></form>");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
    }

    @Test
    void aPageWithoutTokenIsSentAsItWas() throws Exception {
        assertThat(sent(page("<p>Không có biểu mẫu</p>"), "T")).isEqualTo("<p>Không có biểu mẫu</p>");
    }

    @Test
    void aPageIsFoundUnderTheSameKeyOnly() {
        PageCache cache = new PageCache(1_000_000);
        cache.rendered(key(1, "/tasks"), page("danh sách"));

        assertThat(cache.getOrClaim(key(1, "/tasks"))).isNotNull();
        assertThat(cache.hits()).isEqualTo(1);
        assertThat(cache.getOrClaim(new PageCache.Key(1, TODAY, "canbo.congan", "/tasks", "vi"))).isNull();
        assertThat(cache.getOrClaim(new PageCache.Key(1, TODAY.plusDays(1), "canbo.ngoaivu", "/tasks", "vi")))
                .isNull();
        assertThat(cache.getOrClaim(new PageCache.Key(1, TODAY, "canbo.ngoaivu", "/tasks", "en"))).isNull();
    }

    @Test
    void aChangeToTheDataLeavesNothingOfTheOldStateBehind() {
        PageCache cache = new PageCache(1_000_000);
        cache.rendered(key(1, "/tasks"), page("trước"));
        cache.rendered(key(1, "/plans"), page("trước"));

        cache.rendered(key(2, "/tasks"), page("sau"));
        assertThat(cache.size()).isEqualTo(1);

        // A request that began before the change and finishes after it does not bring the old state back.
        cache.rendered(key(1, "/plans"), page("trước"));
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.getOrClaim(key(1, "/plans"))).isNull();
    }

    @Test
    void theLeastRecentlyUsedPagesGoWhenTheMemoryIsFull() {
        PageCache cache = new PageCache(400);
        cache.rendered(key(1, "/a"), page("a".repeat(100)));
        cache.rendered(key(1, "/b"), page("b".repeat(100)));
        cache.rendered(key(1, "/c"), page("c".repeat(100)));
        cache.getOrClaim(key(1, "/a"));
        cache.rendered(key(1, "/d"), page("d".repeat(100)));
        cache.rendered(key(1, "/e"), page("e".repeat(100)));

        assertThat(cache.getOrClaim(key(1, "/a"))).isNotNull();
        assertThat(cache.getOrClaim(key(1, "/b"))).isNull();
    }

    @Test
    void aPageTooLargeForTheCacheIsNotKept() {
        PageCache cache = new PageCache(400);
        cache.rendered(key(1, "/big"), page("x".repeat(200)));

        assertThat(cache.size()).isZero();
    }

    @Test
    void requestsForAPageBeingRenderedWaitForItInsteadOfRenderingItAgain() throws Exception {
        PageCache cache = new PageCache(1_000_000);
        assertThat(cache.getOrClaim(key(1, "/tasks"))).as("the first request renders").isNull();

        CompletableFuture<RenderedPage> second = CompletableFuture.supplyAsync(() -> cache.getOrClaim(key(1, "/tasks")));
        Thread.sleep(100);
        assertThat(second).isNotDone();
        cache.rendered(key(1, "/tasks"), page("danh sách"));

        assertThat(sent(second.get(5, TimeUnit.SECONDS), "T")).isEqualTo("danh sách");
        assertThat(cache.renders()).isEqualTo(1);
    }

    @Test
    void whenTheFirstRequestsPageCannotBeKeptTheWaitingOnesRenderTheirOwn() throws Exception {
        PageCache cache = new PageCache(1_000_000);
        cache.getOrClaim(key(1, "/tasks"));
        CompletableFuture<RenderedPage> second = CompletableFuture.supplyAsync(() -> cache.getOrClaim(key(1, "/tasks")));
        Thread.sleep(100);

        cache.rendered(key(1, "/tasks"), null);

        assertThat(second.get(5, TimeUnit.SECONDS)).isNull();
    }

    @Test
    void aChangeInOneProvinceDropsOnlyThePagesOfReadersOfThatProvince() {
        PageCache cache = new PageCache(1_000_000);
        PageCache.Key tuyenQuang = new PageCache.Key(DataVersion.of(Set.of(8L), 1), TODAY, "dieuphoi", "/tasks", "vi");
        PageCache.Key khanhHoa = new PageCache.Key(DataVersion.of(Set.of(5L), 1), TODAY, "dieuphoi.khanhhoa",
                "/tasks", "vi");
        cache.rendered(tuyenQuang, page("Tuyên Quang"));
        cache.rendered(khanhHoa, page("Khánh Hòa"));

        cache.rendered(new PageCache.Key(DataVersion.of(Set.of(8L), 2), TODAY, "dieuphoi", "/plans", "vi"),
                page("Tuyên Quang, sau"));

        assertThat(cache.getOrClaim(khanhHoa)).isNotNull();
        assertThat(cache.size()).isEqualTo(2);
    }
}
