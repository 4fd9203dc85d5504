package vn.ttdn.tracking.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ttdn.TtdnTest;

/** Task pages say who wrote what, what part the user's agency plays, and narrow the list by agency and plan. */
@TtdnTest
class TaskListsTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired DataSource dataSource;

    @Test
    void anUpdateIsSignedWithTheFullNameOfItsAuthor() throws Exception {
        long task = ledTask("canbo.ngoaivu");
        mvc.perform(multipart("/tasks/{id}/updates", task).param("status", "IN_PROGRESS").param("percent", "30")
                        .param("narrative", "Đã in tờ gấp").with(csrf()).with(as("canbo.ngoaivu")))
                .andExpect(status().is3xxRedirection());
        Element update = page(get("/tasks/" + task), "dieuphoi").selectFirst("#updates .list-group-item:contains(Đã in tờ gấp)");
        assertThat(update).isNotNull();
        assertThat(update.text()).contains("Phạm Văn Cán Bộ").doesNotContain("canbo.ngoaivu");
    }

    @Test
    void theApiGivesTheAuthorsNameBesideTheLoginOfUpdatesAndComments() throws Exception {
        long task = ledTask("canbo.ngoaivu");
        mvc.perform(multipart("/tasks/{id}/updates", task).param("status", "IN_PROGRESS").param("percent", "40")
                .param("narrative", "Đã họp báo").with(csrf()).with(as("canbo.ngoaivu")))
                .andExpect(status().is3xxRedirection());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/tasks/{id}/comments", task)
                        .contentType("application/json").content("{\"body\":\"Đã gửi ảnh\"}").with(csrf())
                        .with(as("canbo.ngoaivu")))
                .andExpect(status().is2xxSuccessful());
        String updates = api("/api/tasks/" + task + "/updates");
        String comments = api("/api/tasks/" + task + "/comments");
        for (String json : java.util.List.of(updates, comments)) {
            assertThat(json).contains("\"author\":\"canbo.ngoaivu\"").contains("\"authorName\":\"Phạm Văn Cán Bộ\"");
        }
    }

    private String api(String path) throws Exception {
        return mvc.perform(get(path).with(as("dieuphoi"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void myTasksSaysWhetherMyAgencyLeadsOrHelpsWithEachTask() throws Exception {
        Document leading = page(get("/my-tasks").param("role", "LEAD"), "canbo.ngoaivu");
        assertThat(rows(leading)).isNotEmpty().allMatch(row -> row.select(".part-badge").text().equals("Chủ trì"));
        Document helping = page(get("/my-tasks").param("role", "COORDINATING"), "canbo.ngoaivu");
        // Where another agency leads, mine helps; where mine leads and also helps through a group, leading wins.
        assertThat(rows(helping)).filteredOn(row -> !row.select("td[data-label]").first().text().contains("Sở Ngoại vụ"))
                .isNotEmpty().allMatch(row -> row.select(".part-badge").text().equals("Phối hợp"));
        assertThat(rows(helping)).filteredOn(row -> row.select("td[data-label]").first().text().equals("Sở Ngoại vụ"))
                .allMatch(row -> row.select(".part-badge").text().equals("Chủ trì"));
        Document english = page(get("/my-tasks").param("role", "COORDINATING").param("lang", "en"), "canbo.ngoaivu");
        assertThat(english.select(".part-badge").eachText()).isNotEmpty().contains("Coordinating")
                .allMatch(text -> text.equals("Coordinating") || text.equals("Lead"));
    }

    @Test
    void theTaskListIsFilteredByAgencyAndPlanAndItsLinksKeepBoth() throws Exception {
        long agency = agencyOf("canbo.ngoaivu");
        long plan = JdbcClient.create(dataSource).sql("select t.plan_id from task t join task_assignment a"
                        + " on a.task_id = t.id where a.agency_id = ? group by t.plan_id order by count(*) desc limit 1")
                .param(agency).query(Long.class).single();
        Document list = page(get("/tasks").param("agencyId", String.valueOf(agency))
                .param("planId", String.valueOf(plan)), "dieuphoi");
        assertThat(list.select("select[name=agencyId] option[selected]").attr("value")).isEqualTo(String.valueOf(agency));
        assertThat(list.select("select[name=planId] option[selected]").attr("value")).isEqualTo(String.valueOf(plan));
        assertThat(rows(list)).isNotEmpty().allMatch(row -> row.select("a[href=/plans/" + plan + "]").size() == 1);
        // The pager shows a step only where there is one; sorting and paging build their links alike.
        String sorted = list.select("#task-table th a").first().attr("href");
        assertThat(sorted).contains("agencyId=" + agency).contains("planId=" + plan).contains("page=0");
    }

    @Test
    void theTaskExportWritesDueDatesAndProgressAsValuesExcelCanSortAndAddUp() throws Exception {
        byte[] xlsx = mvc.perform(get("/tasks/export").with(as("dieuphoi"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            java.util.List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            int due = headers.indexOf("Hạn");
            int percent = headers.indexOf("Tiến độ (%)");
            var dated = java.util.stream.IntStream.rangeClosed(1, sheet.getLastRowNum()).mapToObj(sheet::getRow)
                    .map(row -> row.getCell(due)).filter(java.util.Objects::nonNull).toList();
            assertThat(dated).isNotEmpty().allSatisfy(cell -> {
                assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
            });
            assertThat(sheet.getRow(1).getCell(percent).getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
            assertThat(sheet.getColumnWidth(headers.indexOf("Nội dung nhiệm vụ"))).isGreaterThan(30 * 256);
        }
    }

    private static java.util.List<Element> rows(Document page) {
        return page.select("#task-table tbody tr").stream().filter(r -> r.select("td.task-content").size() == 1)
                .toList();
    }

    private Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long agencyOf(String username) {
        return JdbcClient.create(dataSource).sql("select agency_id from app_user where username = ?")
                .param(username).query(Long.class).single();
    }

    private long ledTask(String username) {
        return JdbcClient.create(dataSource).sql("select t.id from task t join task_assignment a on a.task_id = t.id"
                        + " join plan p on p.id = t.plan_id where a.role = 'LEAD' and a.agency_id = ?"
                        + " and p.status = 'ISSUED' and not t.archived and t.status <> 'DONE' order by t.id limit 1")
                .param(agencyOf(username)).query(Long.class).single();
    }
}
