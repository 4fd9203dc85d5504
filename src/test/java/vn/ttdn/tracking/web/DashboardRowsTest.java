package vn.ttdn.tracking.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import vn.ttdn.tracking.Dashboard;

/** A dashboard table's rows as DashboardRows writes them. */
class DashboardRowsTest {

    private final List<Dashboard.Row> rows = List.of(
            new Dashboard.Row(7L, "Sở <script>alert(1)</script>", 10, 4, 2, 55),
            new Dashboard.Row(8L, "Ban \"B\" & C", 3, 3, 0, 100),
            new Dashboard.Row(null, null, 1, 0, 0, 0));

    @Test
    void labelsAreEscapedAndNumbersInTheirCells() {
        String html = DashboardRows.markup(rows, false, false, null, "");

        assertThat(html).doesNotContain("<script>").contains("Sở &lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("Ban &quot;B&quot; &amp; C");
        Document table = table(html);
        assertThat(table.select("tr").get(0).select("td").eachText()).containsExactly("10", "4", "4", "2", "55%");
        assertThat(table.select("tr").get(0).select("td").get(3).hasClass("text-danger")).isTrue();
        assertThat(table.select("tr").get(1).select("td.text-danger")).isEmpty();
        assertThat(table.select("tr").get(2).select("th").text()).isEqualTo("—");
        assertThat(table.select("th[scope=row][lang=vi]")).hasSize(3);
        assertThat(table.select("a")).isEmpty();
    }

    @Test
    void agenciesLinkWhereTheReaderMayOpenThem() {
        assertThat(table(DashboardRows.markup(rows, true, true, null, "")).select("a").eachAttr("href"))
                .containsExactly("/dashboard/agency/7", "/dashboard/agency/8");
        assertThat(table(DashboardRows.markup(rows, true, false, 8L, "")).select("a").eachAttr("href"))
                .containsExactly("/dashboard/agency/8");
    }

    private static Document table(String rows) {
        return Jsoup.parse("<table><tbody>" + rows + "</tbody></table>");
    }
}
