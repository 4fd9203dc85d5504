package vn.ttdn.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ttdn.TtdnTest;

/** A page offers only what its user may do: every button leads somewhere she is let in. */
@TtdnTest
class OfferedActionsTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired DataSource dataSource;

    @Test
    void theProvincialLeaderWhoOnlyReadsIsOfferedNoNewPlanAndNoImplementingPlan() throws Exception {
        long issued = issuedPlanOf("Tuyên Quang");
        assertThat(page(get("/plans"), "lanhdao.tinh").select("a[href=/plans/new]")).isEmpty();
        assertThat(page(get("/plans/" + issued), "lanhdao.tinh").select("a[href^=/plans/new]")).isEmpty();
        mvc.perform(get("/plans/new").with(as("lanhdao.tinh"))).andExpect(status().isForbidden());

        assertThat(page(get("/plans"), "dieuphoi").select("a[href=/plans/new]")).hasSize(1);
        assertThat(page(get("/plans/" + issued), "dieuphoi").select("a[href=/plans/new?parentPlanId=" + issued + "]"))
                .hasSize(1);
    }

    @Test
    void anOfficerIsOfferedTheProgressOfHerOwnAgencyOnlyWhichIsAllSheMayOpen() throws Exception {
        long own = agencyOf("canbo.ngoaivu");
        long other = agencyOf("canbo.congan");
        assertThat(page(get("/agencies/" + own), "canbo.ngoaivu").select("a[href=/dashboard/agency/" + own + "]"))
                .hasSize(1);
        assertThat(page(get("/agencies/" + other), "canbo.ngoaivu").select("a[href^=/dashboard/agency/]")).isEmpty();
        mvc.perform(get("/dashboard/agency/" + other).with(as("canbo.ngoaivu"))).andExpect(status().isForbidden());
    }

    @Test
    void theDashboardOffersOnlyProvincesTheUserMayRead() throws Exception {
        Document coordinator = page(get("/dashboard"), "dieuphoi");
        assertThat(coordinator.select("select[name=provinceId] option").eachText()).doesNotContain("Khánh Hòa");
        Document admin = page(get("/dashboard"), "admin");
        assertThat(admin.select("select[name=provinceId] option").eachText()).contains("Tuyên Quang", "Khánh Hòa");
    }

    @Test
    void thePlanFormOffersOnlyProvincesWhereTheUserMayCreatePlans() throws Exception {
        Document form = page(get("/plans/new"), "dieuphoi");
        assertThat(form.select("select[name=provinceId] option").eachText()).contains("Tuyên Quang")
                .doesNotContain("Khánh Hòa");
        Document officer = page(get("/plans/new"), "canbo.ngoaivu");
        assertThat(officer.select("select[name=provinceId] option").eachText()).containsExactly("Tuyên Quang");
    }

    @Test
    void aRefusedPlanIsShownAgainWithWhatWasTypedAndTheReason() throws Exception {
        long khanhHoa = JdbcClient.create(dataSource).sql("select id from province where name = 'Khánh Hòa'")
                .query(Long.class).single();
        String html = mvc.perform(post("/plans/new").with(csrf()).param("provinceId", String.valueOf(khanhHoa))
                        .param("kind", "PLAN").param("year", "2026").param("title", "Kế hoạch gõ cẩn thận")
                        .with(as("dieuphoi")))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("textarea[name=title]").text()).isEqualTo("Kế hoạch gõ cẩn thận");
        assertThat(page.select(".alert-danger").text()).contains("Chỉ cơ quan điều phối được lập kế hoạch của tỉnh");
    }

    private Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
        String html = mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long issuedPlanOf(String province) {
        return JdbcClient.create(dataSource).sql("select p.id from plan p join province v on v.id = p.province_id"
                        + " where v.name = ? and p.status = 'ISSUED' and not p.archived order by p.id limit 1")
                .param(province).query(Long.class).single();
    }

    private long agencyOf(String username) {
        return JdbcClient.create(dataSource).sql("select agency_id from app_user where username = ?")
                .param(username).query(Long.class).single();
    }
}
