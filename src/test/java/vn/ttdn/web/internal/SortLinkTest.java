package vn.ttdn.web.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SortLinkTest {

    private final QueryStrings queries = new QueryStrings();

    @Test
    void anUnsortedColumnSortsAscendingFromTheFirstPageKeepingTheFilters() {
        Map<String, String[]> params = new LinkedHashMap<>();
        params.put("status", new String[]{"DONE"});
        params.put("page", new String[]{"3"});

        assertThat(queries.sortLink(params, "due", "Thời hạn")).isEqualTo(
                "<a class=\"text-reset text-decoration-none\" href=\"?status=DONE&amp;page=0&amp;sort=due&amp;dir=asc\">"
                        + "Thời hạn</a>");
    }

    @Test
    void theColumnSortedAscendingShowsItsArrowAndOffersDescending() {
        Map<String, String[]> params = Map.of("sort", new String[]{"due"}, "dir", new String[]{"asc"});

        assertThat(queries.sortLink(params, "due", "Thời hạn")).contains("dir=desc").endsWith(">Thời hạn ▲</a>");
        assertThat(queries.sortLink(Map.of("sort", new String[]{"due"}, "dir", new String[]{"desc"}), "due", "Hạn"))
                .contains("dir=asc").endsWith(">Hạn ▼</a>");
        assertThat(queries.sortLink(params, "percent", "Tiến độ")).contains("sort=percent").endsWith(">Tiến độ</a>");
    }

    @Test
    void labelsAndParametersAreEscaped() {
        Map<String, String[]> params = Map.of("q", new String[]{"\"><script>alert(1)</script>"});

        String link = queries.sortLink(params, "content", "<b>Nội dung</b>");

        assertThat(link).doesNotContain("<script>", "<b>").contains("&lt;b&gt;Nội dung&lt;/b&gt;");
        assertThat(queries.sortLink(null, "content", "Nội dung")).contains("href=\"?sort=content&amp;dir=asc");
    }
}
