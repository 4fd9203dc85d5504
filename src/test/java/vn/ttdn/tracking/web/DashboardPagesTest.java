package vn.ttdn.tracking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.ttdn.TtdnTest;
import vn.ttdn.common.Times;

/**
 * Dashboards are read whole: every lead agency in the table, every month with its integer count, every bar labelled,
 * and each chart also given as a table holding the same numbers.
 */
@TtdnTest
class DashboardPagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired DataSource dataSource;

    @Test
    void theProvinceTableListsEveryLeadAgencyOfTheProvince() throws Exception {
        long province = provinceOf("dieuphoi");
        List<String> leads = jdbc().sql("select distinct coalesce(a.name, a.printed) from task t"
                        + " join plan p on p.id = t.plan_id join task_assignment a on a.task_id = t.id and a.role = 'LEAD'"
                        + " where t.province_id = ? and p.status <> 'DRAFT' and not t.archived and not p.archived")
                .param(province).query(String.class).list();
        Document page = page("/dashboard/province/" + province, "dieuphoi");
        List<String> rows = page.select("#agency-table tbody tr th[scope=row]").eachText();
        assertThat(leads).hasSizeGreaterThan(15);
        assertThat(rows).containsExactlyInAnyOrderElementsOf(leads)
                .contains("Văn phòng Ủy ban nhân dân tỉnh", "Bộ Chỉ huy Quân sự tỉnh");
    }

    @Test
    void theMonthlyChartCountsEachOfTheLastTwelveMonthsInWholeNumbers() throws Exception {
        Document page = page("/dashboard/province/" + provinceOf("dieuphoi"), "dieuphoi");
        JsonNode chart = chart(page, "month-data");
        List<String> expected = new ArrayList<>();
        YearMonth now = YearMonth.now(Times.ZONE);
        for (int back = 11; back >= 0; back--) {
            expected.add(now.minusMonths(back).format(DateTimeFormatter.ofPattern("MM/yyyy")));
        }
        assertThat(texts(chart.get("data").get("labels"))).containsExactlyElementsOf(expected);
        assertThat(page.select("#month-table tbody th[scope=row]").eachText()).containsExactlyElementsOf(expected);
        assertThat(page.select("#month-table tbody td").eachText()).hasSize(12).allMatch(n -> n.matches("\\d+"))
                .contains("0");
        JsonNode y = chart.get("options").get("scales").get("y");
        assertThat(y.get("ticks").get("precision").asInt()).isZero();
        assertThat(y.get("beginAtZero").asBoolean()).isTrue();
        assertThat(chart.get("options").get("scales").get("x").get("ticks").get("autoSkip").asBoolean()).isFalse();
    }

    @Test
    void everyChartOfEveryDashboardHasATableWithTheSameNumbers() throws Exception {
        long province = provinceOf("dieuphoi");
        long plan = jdbc().sql("select t.plan_id from task t join plan p on p.id = t.plan_id where p.province_id = ?"
                        + " and p.status <> 'DRAFT' group by t.plan_id order by count(*) desc limit 1")
                .param(province).query(Long.class).single();
        long agency = jdbc().sql("select agency_id from app_user where username = 'canbo.ngoaivu'").query(Long.class)
                .single();
        for (Document page : List.of(page("/dashboard/province/" + province, "dieuphoi"),
                page("/dashboard/plan/" + plan, "dieuphoi"), page("/dashboard/agency/" + agency, "canbo.ngoaivu"))) {
            assertThat(page.select("canvas[data-chart]")).hasSizeGreaterThanOrEqualTo(3)
                    .allSatisfy(canvas -> sameNumbers(page, canvas));
        }
    }

    @Test
    void barChartsLabelEveryBarAndCountInWholeNumbers() throws Exception {
        Document page = page("/dashboard/province/" + provinceOf("dieuphoi"), "dieuphoi");
        for (String source : List.of("plan-data", "agency-data")) {
            JsonNode options = chart(page, source).get("options");
            assertThat(options.get("indexAxis").asString()).isEqualTo("y");
            assertThat(options.get("scales").get("y").get("ticks").get("autoSkip").asBoolean()).isFalse();
            assertThat(options.get("scales").get("x").get("ticks").get("precision").asInt()).isZero();
        }
    }

    @Test
    void theSummaryCardsAreOfEqualHeight() throws Exception {
        Document page = page("/dashboard/province/" + provinceOf("dieuphoi"), "dieuphoi");
        assertThat(page.select(".dashboard-summary .card")).hasSize(6).allMatch(card -> card.hasClass("h-100"));
    }

    @Test
    void theTablesSpeakEnglishToo() throws Exception {
        Document page = page("/dashboard/province/" + provinceOf("dieuphoi") + "?lang=en", "dieuphoi");
        assertThat(page.select("details.chart-table summary").eachText()).isNotEmpty()
                .allMatch(s -> s.equals("Show as table"));
        assertThat(page.select("#month-table caption").text()).startsWith("Progress updates per month");
    }

    /** The table beside the chart: a row per label, a column per data set named as the set is, the same values. */
    private static void sameNumbers(Document page, Element canvas) {
        JsonNode chart = chart(page, canvas.attr("data-source"));
        Element table = canvas.closest(".card").selectFirst("table");
        assertThat(table).as("table of %s", canvas.attr("data-source")).isNotNull();
        assertThat(table.select("caption").text()).isNotBlank();
        List<String> headers = table.select("thead th").eachText();
        List<Element> rows = table.select("tbody tr");
        JsonNode labels = chart.get("data").get("labels");
        assertThat(rows).hasSize(labels.size());
        for (JsonNode dataset : chart.get("data").get("datasets")) {
            int column = headers.indexOf(dataset.get("label").asString());
            assertThat(column).as("column %s", dataset.get("label")).isPositive();
            for (int i = 0; i < rows.size(); i++) {
                assertThat(rows.get(i).child(column).text()).isEqualTo(dataset.get("data").get(i).asString());
                String label = String.join(" ", texts(labels.get(i))).replace("…", "");
                assertThat(rows.get(i).child(0).text()).startsWith(label);
            }
        }
    }

    private static JsonNode chart(Document page, String source) {
        return JSON.readTree(page.getElementById(source).data());
    }

    private static List<String> texts(JsonNode node) {
        List<String> texts = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(n -> texts.add(n.asString()));
        } else {
            texts.add(node.asString());
        }
        return texts;
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }

    private long provinceOf(String username) {
        return jdbc().sql("select g.province_id from app_user u join agency g on g.id = u.agency_id where u.username = ?")
                .param(username).query(Long.class).single();
    }

    private Document page(String uri, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(uri).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
