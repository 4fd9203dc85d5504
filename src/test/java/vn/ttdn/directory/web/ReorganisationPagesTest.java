package vn.ttdn.directory.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TtdnTest
class ReorganisationPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Directory directory;
    @Autowired UserDetailsService users;
    DirectoryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DirectoryFixtures(directory, users);
    }

    @Test
    void onlyAnAdministratorOpensThePage() throws Exception {
        mvc.perform(get("/admin/reorganisations").with(fixtures.as("dieuphoi"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/reorganisations").with(fixtures.as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch sử sắp xếp tổ chức")))
                .andExpect(content().string(containsString("Sáp nhập đơn vị")));
    }

    @Test
    void aCoordinatorCannotMergeEvenByPostingTheForm() throws Exception {
        AgencyView a = fixtures.freshAgency("Tuyên Quang", "Sở sáp nhập trái phép");
        AgencyView b = fixtures.freshAgency("Tuyên Quang", "Sở nhận");
        mvc.perform(post("/admin/reorganisations/merge").with(fixtures.as("dieuphoi")).with(csrf())
                        .param("predecessorIds", String.valueOf(a.id())).param("successorId", String.valueOf(b.id()))
                        .param("effectiveOn", "01/07/2025"))
                .andExpect(status().isForbidden());
        assertThat(directory.agency(a.id()).active()).isTrue();
    }

    @Test
    void aDateThatDoesNotExistIsExplainedBesideTheFieldAndKept() throws Exception {
        AgencyView agency = fixtures.freshAgency("Tuyên Quang", "Sở đổi tên sai ngày");
        mvc.perform(post("/admin/reorganisations/rename").with(fixtures.as("admin")).with(csrf())
                        .param("agencyId", String.valueOf(agency.id())).param("fullName", "Sở tên mới")
                        .param("effectiveOn", "31/02/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"invalid-feedback d-block\">"
                        + "Ngày không có thật hoặc không đúng dạng ngày/tháng/năm (ví dụ 01/07/2025).</div>")))
                .andExpect(content().string(containsString("value=\"31/02/2025\"")))
                .andExpect(DirectoryFixtures.shows("value=\"Sở tên mới\""));
        assertThat(directory.agency(agency.id()).active()).isTrue();
    }

    @Test
    void missingChoicesAreExplainedBesideTheirFields() throws Exception {
        mvc.perform(post("/admin/reorganisations/merge").with(fixtures.as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chọn ít nhất một đơn vị được sáp nhập.")))
                .andExpect(content().string(containsString("Chọn đơn vị kế thừa.")))
                .andExpect(content().string(containsString("Nhập ngày hiệu lực (ngày/tháng/năm).")));
    }

    @Test
    void mergingAnAgencyIntoItselfIsRefusedBesideThePredecessors() throws Exception {
        AgencyView agency = fixtures.freshAgency("Tuyên Quang", "Sở tự sáp nhập");
        mvc.perform(post("/admin/reorganisations/merge").with(fixtures.as("admin")).with(csrf())
                        .param("predecessorIds", String.valueOf(agency.id()))
                        .param("successorId", String.valueOf(agency.id())).param("effectiveOn", "01/07/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"invalid-feedback d-block\">"
                        + "Không thể sáp nhập một đơn vị vào chính nó.</div>")));
    }

    @Test
    void aMergerEndsThePredecessorsAndAppearsInTheHistory() throws Exception {
        AgencyView first = fixtures.freshAgency("Tuyên Quang", "Sở cũ thứ nhất");
        AgencyView second = fixtures.freshAgency("Tuyên Quang", "Sở cũ thứ hai");
        AgencyView successor = fixtures.freshAgency("Tuyên Quang", "Sở hợp nhất");
        mvc.perform(post("/admin/reorganisations/merge").with(fixtures.as("admin")).with(csrf())
                        .param("predecessorIds", String.valueOf(first.id()), String.valueOf(second.id()))
                        .param("successorId", String.valueOf(successor.id())).param("effectiveOn", "15/03/2026")
                        .param("note", "Quyết định 123/QĐ-UBND"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/reorganisations"))
                .andExpect(flash().attributeExists("flash"));
        assertThat(directory.agency(first.id()).successorId()).isEqualTo(successor.id());
        assertThat(directory.agency(successor.id()).aliases()).contains(first.fullName(), second.fullName());
        mvc.perform(get("/admin/reorganisations").param("sort", "createdAt").param("dir", "desc")
                        .with(fixtures.as("admin")))
                .andExpect(content().string(containsString(first.fullName())))
                .andExpect(content().string(containsString("Quyết định 123/QĐ-UBND")))
                .andExpect(content().string(containsString("15/03/2026")));
        mvc.perform(get("/agencies/{id}", first.id()).with(fixtures.as("dieuphoi")))
                .andExpect(content().string(containsString("Đơn vị đã sáp nhập vào")))
                .andExpect(content().string(containsString("từ ngày 15/03/2026.")));
    }

    @Test
    void aRenamingCreatesTheNewNameAndTheOldPageSaysSo() throws Exception {
        AgencyView old = fixtures.freshAgency("Khánh Hòa", "Sở trước khi đổi tên");
        String newName = DirectoryFixtures.unique("Sở sau khi đổi tên");
        mvc.perform(post("/admin/reorganisations/rename").with(fixtures.as("admin")).with(csrf())
                        .param("agencyId", String.valueOf(old.id())).param("fullName", newName)
                        .param("shortName", "Sở SĐT").param("effectiveOn", "2026-01-01"))
                .andExpect(status().is3xxRedirection());
        AgencyView ended = directory.agency(old.id());
        assertThat(directory.agency(ended.successorId()).fullName()).isEqualTo(newName);
        mvc.perform(get("/agencies/{id}", old.id()).with(fixtures.as("dieuphoi.khanhhoa")))
                .andExpect(content().string(containsString("Đơn vị đã đổi tên thành")))
                .andExpect(content().string(containsString(newName)))
                .andExpect(content().string(containsString("từ ngày 01/01/2026.")));
    }

    @Test
    void provincesMergeIntoAnotherAndCannotMergeTwice() throws Exception {
        long from = SystemUser.call(() -> directory.createProvince(DirectoryFixtures.unique("T").replace(' ', '-'),
                DirectoryFixtures.unique("Tỉnh cũ")));
        long to = SystemUser.call(() -> directory.createProvince(DirectoryFixtures.unique("U").replace(' ', '-'),
                DirectoryFixtures.unique("Tỉnh mới")));
        mvc.perform(post("/admin/reorganisations/provinces").with(fixtures.as("admin")).with(csrf())
                        .param("predecessorId", String.valueOf(from)).param("successorId", String.valueOf(to))
                        .param("effectiveOn", "01/07/2025"))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.province(from).successorId()).isEqualTo(to);
        mvc.perform(post("/admin/reorganisations/provinces").with(fixtures.as("admin")).with(csrf())
                        .param("predecessorId", String.valueOf(from)).param("successorId", String.valueOf(to))
                        .param("effectiveOn", "01/07/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã được hợp nhất từ trước.")));
    }
}
