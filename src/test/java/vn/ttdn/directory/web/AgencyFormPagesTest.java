package vn.ttdn.directory.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;
import vn.ttdn.common.ListQuery;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.AuditFilter;
import vn.ttdn.identity.AuditLog;
import vn.ttdn.identity.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TtdnTest
class AgencyFormPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Directory directory;
    @Autowired UserDetailsService users;
    @Autowired AuditLog audit;
    DirectoryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DirectoryFixtures(directory, users);
    }

    @Test
    void aCoordinatorAddsAnAgencyToHerProvinceAndTheChangeIsAudited() throws Exception {
        String name = DirectoryFixtures.unique("Trung tâm Thông tin đối ngoại");
        mvc.perform(post("/agencies/new").with(fixtures.as("dieuphoi")).with(csrf())
                        .param("provinceId", String.valueOf(fixtures.province("Tuyên Quang")))
                        .param("kind", "OTHER").param("fullName", name).param("shortName", "TT TTĐN")
                        .param("aliases", "Trung tâm TTĐN\nTT thông tin đối ngoại"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/agencies/*"));
        var found = directory.search(null, null, null, ListQuery.of(name, null, null, 0, 5)).items();
        assertThat(found).singleElement().satisfies(a -> assertThat(a.aliases()).hasSize(2));
        var entries = SystemUser.call(() -> audit.search(AuditFilter.none(), ListQuery.of(name, null, null, 0, 5)));
        assertThat(entries.items()).singleElement()
                .satisfies(e -> assertThat(e.username()).isEqualTo("dieuphoi"))
                .satisfies(e -> assertThat(e.action()).isEqualTo("CREATE"));
    }

    @Test
    void aMissingNameIsExplainedBesideItsFieldAndWhatWasTypedStays() throws Exception {
        mvc.perform(post("/agencies/new").with(fixtures.as("dieuphoi")).with(csrf())
                        .param("provinceId", String.valueOf(fixtures.province("Tuyên Quang")))
                        .param("fullName", " ").param("shortName", "Viết tắt đã gõ").param("email", "không-phải-thư"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "class=\"invalid-feedback d-block\">Nhập tên đầy đủ của đơn vị.</div>")))
                .andExpect(content().string(containsString(
                        "class=\"invalid-feedback d-block\">Chọn loại đơn vị.</div>")))
                .andExpect(content().string(containsString(
                        "class=\"invalid-feedback d-block\">Địa chỉ thư điện tử không hợp lệ.</div>")))
                .andExpect(DirectoryFixtures.shows("value=\"Viết tắt đã gõ\""));
    }

    @Test
    void aParentFromAnotherProvinceIsRefusedBesideTheParentField() throws Exception {
        AgencyView khanhHoa = fixtures.agency("Khánh Hòa", "Sở Ngoại vụ");
        mvc.perform(post("/agencies/new").with(fixtures.as("admin")).with(csrf())
                        .param("provinceId", String.valueOf(fixtures.province("Tuyên Quang")))
                        .param("kind", "OTHER").param("fullName", DirectoryFixtures.unique("Phòng"))
                        .param("parentId", String.valueOf(khanhHoa.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "class=\"invalid-feedback d-block\">Đơn vị cấp trên phải cùng tỉnh.</div>")));
    }

    @Test
    void aScriptTypedAsANameIsShownAsText() throws Exception {
        AgencyView agency = fixtures.freshAgency("Tuyên Quang", "Ban thử");
        mvc.perform(post("/agencies/{id}/edit", agency.id()).with(fixtures.as("dieuphoi")).with(csrf())
                        .param("provinceId", String.valueOf(agency.provinceId())).param("kind", "BOARD")
                        .param("fullName", "<script>alert(1)</script>").param("version", String.valueOf(agency.version())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/agencies/{id}", agency.id()).with(fixtures.as("dieuphoi")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void aCoordinatorCannotEditAnAgencyOfAnotherProvince() throws Exception {
        AgencyView khanhHoa = fixtures.agency("Khánh Hòa", "Sở Y tế");
        mvc.perform(get("/agencies/{id}/edit", khanhHoa.id()).with(fixtures.as("dieuphoi")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/agencies/{id}/edit", khanhHoa.id()).with(fixtures.as("dieuphoi")).with(csrf())
                        .param("provinceId", String.valueOf(khanhHoa.provinceId())).param("kind", "DEPARTMENT")
                        .param("fullName", "Sở bị sửa trái phép").param("version", String.valueOf(khanhHoa.version())))
                .andExpect(status().isForbidden());
        assertThat(directory.agency(khanhHoa.id()).fullName()).isEqualTo("Sở Y tế");
    }

    @Test
    void anOfficerMayNotAddAgencies() throws Exception {
        mvc.perform(get("/agencies/new").with(fixtures.as("canbo.ngoaivu"))).andExpect(status().isForbidden());
    }

    @Test
    void anAgencyLeaderChangesHerAgencysContactsButNotItsName() throws Exception {
        AgencyView foreign = fixtures.agency("Tuyên Quang", "Sở Ngoại vụ");
        mvc.perform(get("/agencies/{id}/edit", foreign.id()).with(fixtures.as("lanhdao.ngoaivu")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Là lãnh đạo đơn vị")));
        mvc.perform(post("/agencies/{id}/edit", foreign.id()).with(fixtures.as("lanhdao.ngoaivu")).with(csrf())
                        .param("provinceId", String.valueOf(foreign.provinceId())).param("kind", "DEPARTMENT")
                        .param("fullName", "Tên khác").param("ttdnOfficerName", "Phạm Văn Cán Bộ")
                        .param("version", String.valueOf(foreign.version())))
                .andExpect(status().isForbidden());
        assertThat(directory.agency(foreign.id())).isEqualTo(foreign);
        mvc.perform(post("/agencies/{id}/edit", foreign.id()).with(fixtures.as("lanhdao.ngoaivu")).with(csrf())
                        .param("provinceId", String.valueOf(foreign.provinceId())).param("kind", "DEPARTMENT")
                        .param("fullName", foreign.fullName()).param("ttdnOfficerName", "Phạm Văn Cán Bộ")
                        .param("phone", "0207 3822 123")
                        .param("version", String.valueOf(foreign.version())))
                .andExpect(status().is3xxRedirection());
        AgencyView saved = directory.agency(foreign.id());
        assertThat(saved.fullName()).isEqualTo("Sở Ngoại vụ");
        assertThat(saved.ttdnOfficerName()).isEqualTo("Phạm Văn Cán Bộ");
    }

    @Test
    void aSecondWriterIsToldWhatTheFirstSavedAndKeepsWhatSheTyped() throws Exception {
        AgencyView agency = fixtures.freshAgency("Tuyên Quang", "Sở thử xung đột");
        long staleVersion = agency.version();
        mvc.perform(post("/agencies/{id}/edit", agency.id()).with(fixtures.as("dieuphoi")).with(csrf())
                        .param("provinceId", String.valueOf(agency.provinceId())).param("kind", "DEPARTMENT")
                        .param("fullName", agency.fullName()).param("phone", "0207 111 111")
                        .param("version", String.valueOf(staleVersion)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/agencies/{id}/edit", agency.id()).with(fixtures.as("admin")).with(csrf())
                        .param("provinceId", String.valueOf(agency.provinceId())).param("kind", "DEPARTMENT")
                        .param("fullName", agency.fullName()).param("phone", "0207 222 222")
                        .param("version", String.valueOf(staleVersion)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vừa được người khác sửa")))
                .andExpect(content().string(containsString("0207 111 111")))
                .andExpect(content().string(containsString("value=\"0207 222 222\"")))
                .andExpect(content().string(containsString(
                        "name=\"version\" value=\"" + directory.agency(agency.id()).version() + "\"")));
        assertThat(directory.agency(agency.id()).phone()).isEqualTo("0207 111 111");
    }
}
