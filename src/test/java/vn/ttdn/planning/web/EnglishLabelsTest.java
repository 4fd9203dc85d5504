package vn.ttdn.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.ttdn.TtdnTest;

/**
 * In English mode the interface's words are English: kinds of document, timeframes, statuses, exports. What users
 * wrote (titles, contents, audit summaries) stays as written and is marked as Vietnamese.
 */
@TtdnTest
class EnglishLabelsTest {

    /** Letters only Vietnamese has. */
    static final Pattern VIETNAMESE = Pattern.compile(
            "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired DataSource dataSource;

    @Test
    void thePlanFormOffersTheKindsInEnglish() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/plans/new").param("lang", "en")
                        .with(user(users.loadUserByUsername("dieuphoi"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains(">Plan</option>", ">Programme</option>")
                .doesNotContain(">Kế hoạch</option>", ">Chương trình</option>", ">Quyết định</option>");
    }

    @Test
    void theTaskListShowsContinuousWorkInEnglish() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/tasks").param("lang", "en").param("size", "100")
                        .with(user(users.loadUserByUsername("dieuphoi"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains(">Continuous<").doesNotContain(">Thường xuyên<");
        String vietnamese = HtmlUtils.htmlUnescape(mvc.perform(get("/tasks").param("lang", "vi").param("size", "100")
                        .with(user(users.loadUserByUsername("dieuphoi"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(vietnamese).contains(">Thường xuyên<");
    }

    @Test
    void everyTimeframeOfTheTaskListIsEnglishNotThePrintedVietnamese() throws Exception {
        Document english = page("/tasks?size=200&lang=en");
        List<String> timeframes = english.select("#task-table td[data-label=Timeframe] > span").eachText();
        assertThat(timeframes).isNotEmpty().contains("Continuous", "During 2025")
                .noneMatch(t -> VIETNAMESE.matcher(t).find());
        List<String> vietnamese = page("/tasks?size=200&lang=vi").select("#task-table td[data-label] > span")
                .eachText();
        assertThat(vietnamese).contains("Thường xuyên", "Trong năm 2025");
    }

    @Test
    void kindsOfCitedDocumentsAreEnglishAndWhatStaysAsPrintedIsMarkedVietnamese() throws Exception {
        Document list = page("/documents?size=100&lang=en");
        List<Element> kinds = list.select("#document-table tbody tr > td:nth-of-type(2)");
        assertThat(kinds).isNotEmpty();
        assertThat(kinds.stream().map(Element::text)).contains("Decree", "Conclusion");
        assertThat(kinds).allMatch(k -> k.attr("lang").equals("vi") || !VIETNAMESE.matcher(k.text()).find());
        assertThat(list.select("#document-table td.task-content")).allMatch(td -> td.attr("lang").equals("vi"));
        assertThat(page("/documents?size=100&lang=vi").select("#document-table tbody tr > td:nth-of-type(2)")
                .eachText()).contains("Nghị định", "Kết luận");

        long conclusion = jdbc().sql("select id from legal_document where number = '57-KL/TW'").query(Long.class)
                .single();
        assertThat(page("/documents/" + conclusion + "?lang=en").selectFirst("h1").text())
                .isEqualTo("Conclusion 57-KL/TW");
    }

    @Test
    void aPlansLegalBasisNamesTheKindsInEnglish() throws Exception {
        long plan = jdbc().sql("select p.id from plan p join province v on v.id = p.province_id where v.name ="
                        + " 'Tuyên Quang' and p.status = 'ISSUED' and p.title like 'CÔNG TÁC%' order by p.id limit 1")
                .query(Long.class).single();
        Document page = page("/plans/" + plan + "?lang=en");
        Element basis = page.selectFirst("h2:containsOwn(Legal basis)").parent();
        List<String> numbers = basis.select("li > strong").eachText();
        assertThat(numbers).contains("Conclusion 57-KL/TW", "Decree 72/2015/NĐ-CP")
                .noneMatch(n -> n.startsWith("Kết luận") || n.startsWith("Nghị định"));
        assertThat(basis.select("li > span[lang=vi]")).isNotEmpty();
    }

    @Test
    void auditSummariesAreShownAsRecordedAndMarkedAsVietnamese() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/admin/audit").param("lang", "en")
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
        List<Element> summaries = page.select("#audit-results summary, #audit-results td:last-child > span");
        assertThat(summaries).isNotEmpty().allMatch(e -> e.attr("lang").equals("vi"));
        assertThat(page.getElementById("summaries-as-recorded").text()).contains("recorded in Vietnamese");
    }

    @Test
    void theTaskExportHasEnglishHeadingsTimeframesAndStatuses() throws Exception {
        byte[] xlsx = mvc.perform(get("/tasks/export").param("lang", "en")
                        .with(user(users.loadUserByUsername("dieuphoi"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            List<String> headers = cells(book.getSheetAt(0).getRow(0));
            assertThat(headers).contains("Timeframe", "Status", "Progress (%)")
                    .noneMatch(h -> VIETNAMESE.matcher(h).find());
            int timeframe = headers.indexOf("Timeframe");
            int status = headers.indexOf("Status");
            List<String> values = new ArrayList<>();
            for (int r = 1; r <= book.getSheetAt(0).getLastRowNum(); r++) {
                Row row = book.getSheetAt(0).getRow(r);
                values.add(row.getCell(timeframe) == null ? "" : row.getCell(timeframe).getStringCellValue());
                values.add(row.getCell(status).getStringCellValue());
            }
            assertThat(values).contains("Continuous", "Not started").noneMatch(v -> VIETNAMESE.matcher(v).find());
        }
    }

    private static List<String> cells(Row row) {
        List<String> out = new ArrayList<>();
        for (Cell c : row) {
            out.add(c.getStringCellValue());
        }
        return out;
    }

    private Document page(String uri) throws Exception {
        return Jsoup.parse(mvc.perform(get(uri).with(user(users.loadUserByUsername("dieuphoi"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private JdbcClient jdbc() {
        return JdbcClient.create(dataSource);
    }
}
