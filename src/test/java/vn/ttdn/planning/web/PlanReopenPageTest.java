package vn.ttdn.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;
import vn.ttdn.identity.SystemUser;
import vn.ttdn.identity.TtdnPrincipal;
import vn.ttdn.planning.PlanForm;
import vn.ttdn.planning.PlanStatus;
import vn.ttdn.planning.Plans;
import vn.ttdn.planning.TaskForm;
import vn.ttdn.planning.Tasks;

/** A closed plan is issued again from its page only with a reason, which the page then shows (vi and en). */
@TtdnTest
class PlanReopenPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Plans plans;
    @Autowired Tasks tasks;

    @Test
    void theCoordinatorIsOfferedToReopenAClosedPlanWithAReasonField() throws Exception {
        long plan = closedPlan();
        Document page = page("/plans/" + plan, "dieuphoi", "vi");
        assertThat(page.select("form[action$=/reopen] textarea[name=reason]")).hasSize(1);
        assertThat(page.select("form[action$=/reopen] label").text()).isEqualTo("Lý do mở lại");
        assertThat(page.select("form[action$=/status]")).isEmpty();
    }

    @Test
    void anIssuedPlanOffersClosingAndNoReopening() throws Exception {
        long plan = closedPlan();
        SystemUser.run(() -> plans.reopen(plan, "Thử"));
        Document page = page("/plans/" + plan, "dieuphoi", "vi");
        assertThat(page.select("form[action$=/reopen]")).isEmpty();
        assertThat(page.select("form[action$=/status] input[name=status]").attr("value")).isEqualTo("CLOSED");
    }

    @Test
    void reopeningWithAReasonIssuesThePlanAgainAndShowsWhy() throws Exception {
        long plan = closedPlan();
        mvc.perform(post("/plans/" + plan + "/reopen").param("reason", "Bổ sung nhiệm vụ theo chỉ đạo mới")
                        .with(user(principal("dieuphoi"))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "Đã mở lại kế hoạch."));
        Document page = page("/plans/" + plan, "dieuphoi", "vi");
        assertThat(page.select("h1 ~ span.badge.text-bg-secondary").first().text()).isEqualTo("Đã ban hành");
        assertThat(page.select("dt:contains(Lý do mở lại)")).hasSize(1);
        assertThat(page.select("#plan-reopen-reason").text()).contains("Bổ sung nhiệm vụ theo chỉ đạo mới", "Mở lại ngày");
        Document english = page("/plans/" + plan, "dieuphoi", "en");
        assertThat(english.select("dt:contains(Reason for reopening)")).hasSize(1);
        assertThat(english.select("#plan-reopen-reason").text()).contains("Reopened on");
    }

    @Test
    void reopeningWithoutAReasonIsRefusedAndThePlanStaysClosed() throws Exception {
        long plan = closedPlan();
        mvc.perform(post("/plans/" + plan + "/reopen").param("reason", "  ")
                        .with(user(principal("dieuphoi"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("flash", "Ghi lý do mở lại kế hoạch."));
        assertThat(SystemUser.call(() -> plans.plan(plan)).status()).isEqualTo(PlanStatus.CLOSED);
    }

    @Test
    void issuingAClosedPlanIsRefusedWithTheWayToReopenIt() throws Exception {
        long plan = closedPlan();
        String message = (String) mvc.perform(post("/plans/" + plan + "/status").param("status", "ISSUED")
                        .with(user(principal("dieuphoi"))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getFlashMap().get("flash");
        assertThat(message).contains("Chỉ ban hành được kế hoạch dự thảo", "Đã kết thúc", "Mở lại");
        assertThat(SystemUser.call(() -> plans.plan(plan)).status()).isEqualTo(PlanStatus.CLOSED);
    }

    @Test
    void anAgencyOfficerIsNotOfferedToReopenNorAllowedTo() throws Exception {
        long plan = closedPlan();
        assertThat(page("/plans/" + plan, "canbo.ngoaivu", "vi").select("form[action$=/reopen]")).isEmpty();
        mvc.perform(post("/plans/" + plan + "/reopen").param("reason", "Lý do")
                        .with(user(principal("canbo.ngoaivu"))).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(SystemUser.call(() -> plans.plan(plan)).status()).isEqualTo(PlanStatus.CLOSED);
    }

    private long closedPlan() {
        long tuyenQuang = principal("dieuphoi").user().provinceId();
        long lead = principal("canbo.ngoaivu").user().agencyId();
        return SystemUser.call(() -> {
            PlanForm form = new PlanForm();
            form.setProvinceId(tuyenQuang);
            form.setTitle("Kế hoạch thử mở lại " + System.nanoTime());
            form.setYear(2026);
            long id = plans.createPlan(form);
            TaskForm task = new TaskForm();
            task.setContent("Nhiệm vụ của kế hoạch thử mở lại");
            task.setLead(List.of("A:" + lead));
            tasks.createTask(id, task);
            plans.issue(id);
            plans.close(id);
            return id;
        });
    }

    private Document page(String uri, String username, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get(uri).param("lang", lang).with(user(principal(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private TtdnPrincipal principal(String username) {
        return (TtdnPrincipal) users.loadUserByUsername(username);
    }
}
