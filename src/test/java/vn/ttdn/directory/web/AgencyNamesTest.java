package vn.ttdn.directory.web;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.GroupView;
import vn.ttdn.identity.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Names and aliases are unique within a province, among all its agencies and their former names: name resolution
 * answers an exact match, so a name two agencies share would hand one's tasks to the other. Only the province's
 * coordinator and the administrator change names; an agency's leader changes its contacts.
 */
@TtdnTest
class AgencyNamesTest {

    @Autowired MockMvc mvc;
    @Autowired Directory directory;
    @Autowired vn.ttdn.directory.Reorganisations reorganisations;
    @Autowired UserDetailsService users;
    DirectoryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DirectoryFixtures(directory, users);
    }

    @Test
    void aLeaderCannotGiveHerAgencyThePoliceAlias() throws Exception {
        AgencyView foreign = fixtures.agency("Tuyên Quang", "Sở Ngoại vụ");
        mvc.perform(put("/api/agencies/{id}", foreign.id()).with(fixtures.as("lanhdao.ngoaivu")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(foreign, "\"Công an tỉnh\"")))
                .andExpect(status().isForbidden());
        assertThat(directory.agency(foreign.id())).isEqualTo(foreign);
        assertThat(directory.resolve(foreign.provinceId(), "Công an tỉnh").resolvedName()).isEqualTo("Công an tỉnh");
    }

    @Test
    void noOneMayGiveAnAgencyAnotherAgencysName() throws Exception {
        AgencyView foreign = fixtures.agency("Tuyên Quang", "Sở Ngoại vụ");
        mvc.perform(put("/api/agencies/{id}", foreign.id()).with(fixtures.as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(foreign, "\"Công an tỉnh Tuyên Quang\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.aliases", containsString("đã là tên của đơn vị khác: Công an tỉnh")));
        assertThat(directory.agency(foreign.id())).isEqualTo(foreign);
    }

    @Test
    void aGroupCannotAnswerToAnAgencysNameNorAnAgencyToAGroups() throws Exception {
        AgencyView police = fixtures.agency("Tuyên Quang", "Công an tỉnh");
        GroupView departments = directory.groups(police.provinceId()).stream()
                .filter(g -> g.name().equals("Các sở, ban, ngành")).findFirst().orElseThrow();
        assertThatThrownBy(() -> SystemUser.run(() -> directory.addGroupAlias(departments.id(),
                "Công an tỉnh Tuyên Quang")))
                .isInstanceOf(UserFacingException.class).hasMessageContaining("đã là tên của đơn vị khác: Công an tỉnh");
        assertThat(directory.resolve(police.provinceId(), "Công an tỉnh").agencyId()).isEqualTo(police.id());
        AgencyView foreign = fixtures.agency("Tuyên Quang", "Sở Ngoại vụ");
        mvc.perform(put("/api/agencies/{id}", foreign.id()).with(fixtures.as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(foreign, "\"Các sở, ban, ngành\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.aliases", containsString("đã là tên của nhóm Các sở, ban, ngành")));
        assertThat(directory.agency(foreign.id())).isEqualTo(foreign);
    }

    @Test
    void aCoordinatorCannotTakeTheFormerNameOfARenamedAgency() throws Exception {
        AgencyView old = fixtures.freshAgency("Tuyên Quang", "Sở đổi tên");
        String newName = DirectoryFixtures.unique("Sở mang tên mới");
        SystemUser.run(() -> reorganisations.renameAgency(old.id(), newName, null, LocalDate.of(2025, 7, 1), "Thử"));
        AgencyView other = fixtures.freshAgency("Tuyên Quang", "Ban khác");
        String sameKey = old.fullName().toUpperCase() + " tỉnh Tuyên Quang";
        mvc.perform(put("/api/agencies/{id}", other.id()).with(fixtures.as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json(other, "\"" + sameKey + "\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.aliases", containsString(newName)));
        assertThat(directory.agency(other.id())).isEqualTo(other);
        String fullName = json(other, null).replace(other.fullName(), old.fullName());
        mvc.perform(put("/api/agencies/{id}", other.id()).with(fixtures.as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(fullName))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.fullName", containsString(newName)));
        assertThat(directory.agency(other.id())).isEqualTo(other);
    }

    @Test
    void aNewAgencyCannotBeCreatedUnderATakenShortName() throws Exception {
        AgencyView taken = fixtures.freshAgency("Tuyên Quang", "Trung tâm có tên");
        String body = """
                {"provinceId": %d, "kind": "OTHER", "fullName": "%s", "shortName": "%s"}
                """.formatted(taken.provinceId(), DirectoryFixtures.unique("Trung tâm mới"), taken.fullName());
        mvc.perform(post("/api/agencies").with(fixtures.as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.shortName", containsString(taken.fullName())));
    }

    @Test
    void theSameNameInAnotherProvinceIsAllowed() throws Exception {
        AgencyView tuyenQuang = fixtures.freshAgency("Tuyên Quang", "Trung tâm Báo chí");
        AgencyView khanhHoa = fixtures.freshAgency("Khánh Hòa", "Trung tâm khác");
        mvc.perform(put("/api/agencies/{id}", khanhHoa.id()).with(fixtures.as("dieuphoi.khanhhoa")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json(khanhHoa, "\"" + tuyenQuang.fullName() + "\"")))
                .andExpect(status().isOk());
        assertThat(directory.agency(khanhHoa.id()).aliases()).containsExactly(tuyenQuang.fullName());
    }

    @Test
    void theEditFormRefusesATakenNameBesideItsField() throws Exception {
        AgencyView agency = fixtures.freshAgency("Tuyên Quang", "Ban thử tên");
        mvc.perform(post("/agencies/{id}/edit", agency.id()).with(fixtures.as("dieuphoi")).with(csrf())
                        .param("provinceId", String.valueOf(agency.provinceId())).param("kind", "DEPARTMENT")
                        .param("fullName", "Sở Ngoại vụ tỉnh Tuyên Quang")
                        .param("version", String.valueOf(agency.version())))
                .andExpect(status().isOk())
                .andExpect(DirectoryFixtures.shows("đã là tên của đơn vị khác: Sở Ngoại vụ."));
        assertThat(directory.agency(agency.id())).isEqualTo(agency);
    }

    @Test
    void aLeaderSeesHerAgencysNamesButNoFieldsToChangeThem() throws Exception {
        AgencyView foreign = fixtures.agency("Tuyên Quang", "Sở Ngoại vụ");
        mvc.perform(get("/agencies/{id}/edit", foreign.id()).with(fixtures.as("lanhdao.ngoaivu")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("name=\"aliases\""))))
                .andExpect(content().string(not(matchesPattern("(?s).*<input type=\"text\"[^>]*name=\"fullName\".*"))))
                .andExpect(content().string(not(containsString("name=\"shortName\""))))
                .andExpect(DirectoryFixtures.shows("do cơ quan điều phối của tỉnh hoặc quản trị hệ thống sửa"));
        mvc.perform(get("/agencies/{id}/edit", foreign.id()).with(fixtures.as("dieuphoi")))
                .andExpect(content().string(containsString("name=\"aliases\"")))
                .andExpect(content().string(matchesPattern("(?s).*<input type=\"text\"[^>]*name=\"fullName\".*")));
    }

    /** The agency as JSON, as read, with the given aliases (a JSON array's items) or none. */
    private static String json(AgencyView a, String aliases) {
        return """
                {"provinceId": %d, "kind": "%s", "fullName": "%s", "aliases": [%s], "version": %d}
                """.formatted(a.provinceId(), a.kind(), a.fullName(), aliases == null ? "" : aliases, a.version());
    }
}
