package vn.ttdn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
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
import vn.ttdn.TtdnTest;

/**
 * Selects drawn by the one form-field fragment: labelled by their field, bound to it (the current value chosen), and
 * with the options the page gave them.
 */
@TtdnTest
class FormFieldsTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired DataSource dataSource;

    @Test
    void theSectionOfATaskIsChosenInItsForm() throws Exception {
        var task = JdbcClient.create(dataSource)
                .sql("select id, section_id from task where section_id is not null order by id limit 1")
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
        Document page = page("/tasks/" + task[0] + "/edit", "admin");
        Element select = labelled(page, "sectionId");
        assertThat(select.selectFirst("option").val()).isEmpty();
        assertThat(select.select("option[selected]")).singleElement()
                .satisfies(o -> assertThat(o.val()).isEqualTo(String.valueOf(task[1])));
        assertThat(labelled(page, "timeframeKind").select("option[selected]")).hasSize(1);
    }

    @Test
    void aNewPlanImplementsNoPlanUnlessChosen() throws Exception {
        Element select = labelled(page("/plans/new", "dieuphoi"), "parentPlanId");
        assertThat(select.select("option").size()).isGreaterThan(1);
        assertThat(select.selectFirst("option").val()).isEmpty();
        assertThat(select.select("option[selected]")).isEmpty();
        assertThat(select.hasAttr("aria-describedby")).isFalse();
        assertThat(labelled(page("/plans/new", "dieuphoi"), "kind").select("option").eachAttr("value"))
                .contains("PLAN", "DECISION");
    }

    @Test
    void theProgressFormOffersEveryStatusWithOneChosen() throws Exception {
        var officer = (vn.ttdn.identity.TtdnPrincipal) users.loadUserByUsername("canbo.ngoaivu");
        long task = JdbcClient.create(dataSource)
                .sql("select min(task_id) from task_assignment where agency_id = ? and role = 'LEAD'")
                .param(officer.user().agencyId()).query(Long.class).single();
        Element select = labelled(page("/tasks/" + task, "canbo.ngoaivu"), "status");
        assertThat(select.select("option").eachAttr("value"))
                .containsExactly("NOT_STARTED", "IN_PROGRESS", "DONE", "CANCELLED");
        assertThat(select.select("option[selected]")).hasSize(1);
    }

    /** The select of a field: named and identified by it, with its label. */
    private static Element labelled(Document page, String field) {
        Element select = page.getElementById(field);
        assertThat(select).as(field).isNotNull();
        assertThat(select.tagName()).isEqualTo("select");
        assertThat(select.attr("name")).isEqualTo(field);
        assertThat(select.hasClass("form-select")).isTrue();
        assertThat(page.select("label[for=" + field + "]")).as("label of " + field).hasSize(1);
        return select;
    }

    private Document page(String uri, String username) throws Exception {
        String html = mvc.perform(get(uri).with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }
}
