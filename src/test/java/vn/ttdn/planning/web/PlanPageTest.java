package vn.ttdn.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;
import vn.ttdn.identity.SystemUser;
import vn.ttdn.identity.TtdnPrincipal;
import vn.ttdn.planning.PlanForm;
import vn.ttdn.planning.Plans;
import vn.ttdn.planning.Tasks;
import vn.ttdn.planning.TaskForm;

/** A plan's page as a new reader needs it, and its print view (issue 7, A). */
@TtdnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanPageTest {

    /** Longer than the 220 characters the task table used to cut at. */
    static final String LONG_TASK = "Tổ chức tuyên truyền, quảng bá hình ảnh, tiềm năng, thế mạnh của tỉnh trên các"
            + " phương tiện thông tin đại chúng trong nước và quốc tế; phối hợp với các cơ quan báo chí trung ương,"
            + " cơ quan đại diện Việt Nam ở nước ngoài giới thiệu di sản văn hóa, danh lam thắng cảnh, sản phẩm đặc"
            + " trưng của địa phương, kết thúc bằng câu cuối cùng không được cắt bỏ.";

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Plans plans;
    @Autowired Tasks tasks;
    @Autowired DataSource dataSource;

    long plan;

    /** Sections I and II; a task of II written first, then one of I, then one in no section. */
    @BeforeAll
    void plan() {
        long tuyenQuang = principal("dieuphoi").user().provinceId();
        long lead = principal("canbo.ngoaivu").user().agencyId();
        plan = SystemUser.call(() -> {
            PlanForm form = new PlanForm();
            form.setProvinceId(tuyenQuang);
            form.setTitle("Kế hoạch thông tin đối ngoại có mục " + System.nanoTime());
            form.setNumber("321/KH-UBND");
            form.setIssuedOn(LocalDate.of(2026, 2, 5));
            form.setYear(2026);
            long id = plans.createPlan(form);
            long first = plans.addSection(id, "I", "Thông tin đối ngoại trên báo chí");
            long second = plans.addSection(id, "II", "Quảng bá hình ảnh địa phương");
            task(id, second, LONG_TASK, lead);
            task(id, first, "Cung cấp thông tin cho báo chí định kỳ", lead);
            task(id, null, "Báo cáo kết quả thực hiện kế hoạch", lead);
            plans.issue(id);
            return id;
        });
    }

    @Test
    void theDocumentInformationGivesTheNumberAndTheDate() throws Exception {
        Document page = page("/plans/" + plan, "dieuphoi");
        Element info = page.selectFirst("h2:contains(Thông tin văn bản)").parent();
        assertThat(info.select("dt").eachText()).contains("Số, ký hiệu", "Ngày ban hành");
        assertThat(valueOf(info, "Số, ký hiệu")).isEqualTo("321/KH-UBND");
        assertThat(valueOf(info, "Ngày ban hành")).isEqualTo("05/02/2026");
    }

    @Test
    void tasksStandUnderTheirSectionsInTheSectionsOrderThoseInNoSectionLast() throws Exception {
        Document page = page("/plans/" + plan, "dieuphoi");
        List<String> rows = page.select("#task-table tbody tr").stream()
                .map(r -> r.hasClass("section-row") ? "# " + r.text() : r.selectFirst("td.task-content").text())
                .toList();
        assertThat(rows).containsExactly("# I Thông tin đối ngoại trên báo chí", "Cung cấp thông tin cho báo chí định kỳ",
                "# II Quảng bá hình ảnh địa phương", LONG_TASK,
                "# Nhiệm vụ không thuộc mục nào", "Báo cáo kết quả thực hiện kế hoạch");
        assertThat(page.select("tr.section-row th[scope=colgroup]")).hasSize(3);
    }

    @Test
    void sortedByAColumnTheTasksAreOneListWithoutSectionHeadings() throws Exception {
        Document page = page("/plans/" + plan + "?sort=content", "dieuphoi");
        assertThat(page.select("#task-table tr.section-row")).isEmpty();
        assertThat(page.select("#task-table tbody tr")).hasSize(3);
    }

    @Test
    void theTaskTableKeepsTheWholeTextOfALongTask() throws Exception {
        Document page = page("/plans/" + plan, "dieuphoi");
        assertThat(page.select("#task-table td.task-content a").eachText()).contains(LONG_TASK);
    }

    @Test
    void thePrintViewHasEveryTaskInFullUnderItsSectionAndSaysWhatWasPrintedWhenAndByWhom() throws Exception {
        Document page = page("/plans/" + plan + "/print", "dieuphoi");
        assertThat(page.select("td.task-content").eachText()).containsExactly(
                "Cung cấp thông tin cho báo chí định kỳ", LONG_TASK, "Báo cáo kết quả thực hiện kế hoạch");
        assertThat(page.select("tr.section-row").eachText()).containsExactly("I Thông tin đối ngoại trên báo chí",
                "II Quảng bá hình ảnh địa phương", "Nhiệm vụ không thuộc mục nào");
        assertThat(page.selectFirst("h1").text()).startsWith("Kế hoạch thông tin đối ngoại có mục");
        Element heading = page.selectFirst(".print-heading");
        assertThat(heading.text()).contains("Danh sách nhiệm vụ (3)", "In lúc", "Người in");
        assertThat(heading.selectFirst(".print-user").text()).isEqualTo(principal("dieuphoi").user().fullName());
        LocalDateTime printed = LocalDateTime.parse(heading.selectFirst(".print-time").text(),
                DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm"));
        LocalDateTime now = LocalDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        assertThat(Duration.between(printed, now).abs()).isLessThan(Duration.ofMinutes(2));
        // The plan's page leads there, and prints with the same heading on top.
        Document planPage = page("/plans/" + plan, "dieuphoi");
        assertThat(planPage.select("a[href=/plans/" + plan + "/print]").text()).isEqualTo("In danh sách nhiệm vụ");
        assertThat(planPage.selectFirst(".print-heading.d-print-block").text())
                .contains("Kế hoạch thông tin đối ngoại có mục", "Danh sách nhiệm vụ", "In lúc");
    }

    @Test
    void thePrintViewIsReadOnlyByThoseWhoMayReadThePlan() throws Exception {
        page("/plans/" + plan + "/print", "canbo.congan");
        mvc.perform(get("/plans/" + plan + "/print").with(user(principal("canbo.khanhhoa"))))
                .andExpect(status().isNotFound());
    }

    @Test
    void aNameTheDirectoryDoesNotKnowIsExplainedNotOnlyByItsColour() throws Exception {
        long seeded = JdbcClient.create(dataSource).sql("""
                select t.plan_id from task_assignment a join task t on t.id = a.task_id join plan p on p.id = t.plan_id
                join province v on v.id = p.province_id
                where a.role = 'LEAD' and a.agency_id is null and a.group_id is null and v.name = 'Tuyên Quang'
                  and p.status = 'ISSUED' and not t.archived order by t.plan_id, t.position limit 1""")
                .query(Long.class).single();
        Document page = page("/plans/" + seeded + "?sort=content&size=200", "dieuphoi");
        assertThat(page.selectFirst("#task-table .unresolved-legend").text())
                .contains("chưa khớp với danh bạ", "điều phối viên có thể gán đơn vị");
        Element name = page.selectFirst("#task-table .name-unresolved");
        assertThat(name.attr("title")).isEqualTo("Chưa khớp với danh bạ — điều phối viên có thể gán đơn vị");
        assertThat(name.select(".visually-hidden").text()).isEqualTo("(chưa khớp với danh bạ)");
        assertThat(name.select(".name-unresolved-sign[aria-hidden=true]").text()).isEqualTo("?");
        assertThat(page.select("#task-table .text-danger")).isEmpty();
    }

    private static String valueOf(Element list, String term) {
        return list.select("dt").stream().filter(dt -> dt.text().equals(term)).findFirst().orElseThrow()
                .nextElementSibling().text();
    }

    private void task(long planId, Long section, String content, long lead) {
        TaskForm form = new TaskForm();
        form.setSectionId(section);
        form.setContent(content);
        form.setLead(List.of("A:" + lead));
        tasks.createTask(planId, form);
    }

    private Document page(String uri, String username) throws Exception {
        return Jsoup.parse(mvc.perform(get(uri).with(user(principal(username)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private TtdnPrincipal principal(String username) {
        return (TtdnPrincipal) users.loadUserByUsername(username);
    }
}
