package vn.ttdn.directory.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ttdn.TtdnTest;

/** The directory says whom each agency has designated, and which agencies have designated nobody. */
@TtdnTest
class DesignatedPeopleTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void theAgencyListNamesTheLeaderAndOfficerOfEachAgencyOrSaysNoneIsDesignated() throws Exception {
        Document list = page(get("/agencies").param("size", "200"), "dieuphoi");
        Element foreignAffairs = row(list, "Sở Ngoại vụ");
        assertThat(foreignAffairs.select("td.agency-leaders").text()).contains("Lê Thị Trưởng Phòng");
        assertThat(foreignAffairs.select("td.agency-officers").text()).contains("Phạm Văn Cán Bộ");
        Element police = row(list, "Công an tỉnh");
        assertThat(police.select("td.agency-officers").text()).contains("Hoàng Thị Công An");
        assertThat(police.select("td.agency-leaders").text()).contains("Chưa cử");
        Element justice = row(list, "Sở Tư pháp");
        assertThat(justice.select("td.agency-leaders").text()).isEqualTo("Chưa cử");
        assertThat(justice.select("td.agency-officers").text()).isEqualTo("Chưa cử");
    }

    @Test
    void theCoordinatorCanListTheAgenciesThatHaveDesignatedNobody() throws Exception {
        Document nobody = page(get("/agencies").param("designated", "none").param("size", "200"), "dieuphoi");
        List<String> names = rows(nobody).stream().map(r -> r.select("td").first().text()).toList();
        assertThat(names).contains("Sở Tư pháp").doesNotContain("Sở Ngoại vụ", "Công an tỉnh");
        assertThat(nobody.select("input[name=designated][checked]")).hasSize(1);
        Document english = page(get("/agencies").param("designated", "none").param("lang", "en"), "dieuphoi");
        assertThat(english.select("td.agency-leaders").eachText()).isNotEmpty().allMatch("None designated"::equals);
    }

    @Test
    void theUserListSaysEachUsersProvinceAndTellsSameNamedAgenciesApart() throws Exception {
        Document list = page(get("/admin/users").param("size", "200"), "admin");
        Element tuyenQuang = userRow(list, "canbo.ngoaivu");
        Element khanhHoa = userRow(list, "canbo.khanhhoa");
        assertThat(tuyenQuang.select("td.user-province").text()).isEqualTo("Tuyên Quang");
        assertThat(khanhHoa.select("td.user-province").text()).isEqualTo("Khánh Hòa");
        assertThat(tuyenQuang.select("a[href^=/agencies/]").text())
                .isNotEqualTo(khanhHoa.select("a[href^=/agencies/]").text());
        assertThat(page(get("/admin/users").param("lang", "en"), "admin").select("th").eachText()).contains("Province");
    }

    private static List<Element> rows(Document page) {
        return page.select("#agency-results tbody tr").stream().filter(r -> r.select("td").size() > 1).toList();
    }

    private static Element row(Document page, String name) {
        return rows(page).stream().filter(r -> r.select("td").first().text().equals(name)).findFirst().orElseThrow();
    }

    private static Element userRow(Document page, String username) {
        return page.select("#user-results tbody tr").stream()
                .filter(r -> r.select("td").first().text().equals(username)).findFirst().orElseThrow();
    }

    private Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user(users.loadUserByUsername(username))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
