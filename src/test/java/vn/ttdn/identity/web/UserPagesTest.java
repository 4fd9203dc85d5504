package vn.ttdn.identity.web;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import vn.ttdn.TtdnTest;
import vn.ttdn.common.ListQuery;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.AuditFilter;
import vn.ttdn.identity.AuditLog;
import vn.ttdn.identity.SystemUser;
import vn.ttdn.identity.UserAccounts;
import vn.ttdn.identity.UserView;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TtdnTest
class UserPagesTest {

    static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired UserAccounts accounts;
    @Autowired AuditLog audit;
    @Autowired Directory directory;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    static String username() {
        return "thu." + SEQUENCE.incrementAndGet() + "." + System.nanoTime() % 100_000;
    }

    long agency(String province, String name) {
        long provinceId = directory.provinces().stream().filter(p -> p.name().equals(province)).findFirst()
                .orElseThrow().id();
        return directory.agencies(provinceId, true).stream().filter(a -> a.fullName().equals(name)).findFirst()
                .orElseThrow().id();
    }

    UserView find(String username) {
        return SystemUser.call(() -> accounts.list(ListQuery.of(username, null, null, 0, 5)).items().get(0));
    }

    UserView byId(long id) {
        return SystemUser.call(() -> accounts.get(id));
    }

    static ResultMatcher shows(String text) {
        return result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString())).contains(text);
    }

    @Test
    void onlyAnAdministratorManagesUsers() throws Exception {
        mvc.perform(get("/admin/users").with(as("dieuphoi"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").with(as("lanhdao.tinh"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/users/1/password").with(as("dieuphoi")).with(csrf())
                .param("password", "Mat-khau-2026").param("confirmPassword", "Mat-khau-2026"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/users").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dieuphoi.khanhhoa")))
                .andExpect(content().string(containsString("Cơ quan điều phối")));
    }

    @Test
    void anAdministratorCreatesAUserWithAgencyAndRolesAndItIsAudited() throws Exception {
        String username = username();
        mvc.perform(post("/admin/users/new").with(as("admin")).with(csrf())
                        .param("username", username).param("fullName", "Ngô Thị Thử")
                        .param("agencyId", String.valueOf(agency("Tuyên Quang", "Sở Y tế")))
                        .param("roles", "AGENCY_OFFICER").param("enabled", "true").param("password", "Bat-dau-2026"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/admin/users"));
        UserView created = find(username);
        assertThat(created.agencyName()).isEqualTo("Sở Y tế");
        var entries = SystemUser.call(() -> audit.search(new AuditFilter("User", "CREATE", "admin", null, null),
                ListQuery.of(username, null, null, 0, 5)));
        assertThat(entries.items()).singleElement().satisfies(e -> assertThat(e.after()).contains(username));
    }

    @Test
    void mistakesAreExplainedBesideTheirFieldsAndTheTypedValuesStay() throws Exception {
        mvc.perform(post("/admin/users/new").with(as("admin")).with(csrf())
                        .param("username", "có dấu").param("fullName", "").param("email", "sai@")
                        .param("password", "ngan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"invalid-feedback d-block\">Tên đăng nhập gồm "
                        + "3–50 chữ cái không dấu, số, dấu chấm, gạch dưới hoặc gạch ngang.</div>")))
                .andExpect(content().string(containsString(
                        "class=\"invalid-feedback d-block\">Nhập họ và tên.</div>")))
                .andExpect(content().string(containsString(
                        "class=\"invalid-feedback d-block\">Chọn ít nhất một vai trò.</div>")))
                .andExpect(shows("value=\"có dấu\""))
                .andExpect(content().string(not(containsString("value=\"ngan\""))));
    }

    @Test
    void aWeakPasswordIsRefusedBesideThePasswordField() throws Exception {
        mvc.perform(post("/admin/users/new").with(as("admin")).with(csrf())
                        .param("username", username()).param("fullName", "Người Thử")
                        .param("agencyId", String.valueOf(agency("Tuyên Quang", "Sở Y tế")))
                        .param("roles", "AGENCY_OFFICER").param("password", "ngan"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"invalid-feedback d-block\">"
                        + "Mật khẩu phải có ít nhất 10 ký tự (không kể dấu cách).</div>")));
    }

    @Test
    void aScriptInANameIsShownAsText() throws Exception {
        String username = username();
        mvc.perform(post("/admin/users/new").with(as("admin")).with(csrf())
                        .param("username", username).param("fullName", "<script>alert(1)</script>")
                        .param("roles", "ADMIN").param("password", "Bat-dau-2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/users").param("q", username).with(as("admin")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))));
    }

    @Test
    void editingChangesRolesAndAStaleVersionIsExplained() throws Exception {
        String username = username();
        mvc.perform(post("/admin/users/new").with(as("admin")).with(csrf()).param("username", username)
                .param("fullName", "Người Sửa").param("agencyId", String.valueOf(agency("Khánh Hòa", "Sở Y tế")))
                .param("roles", "AGENCY_OFFICER").param("password", "Bat-dau-2026"));
        UserView user = find(username);
        mvc.perform(get("/admin/users/{id}/edit", user.id()).with(as("admin")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Khánh Hòa")));
        mvc.perform(post("/admin/users/{id}/edit", user.id()).with(as("admin")).with(csrf())
                        .param("username", username).param("fullName", "Người Đã Sửa")
                        .param("agencyId", String.valueOf(user.agencyId())).param("roles", "AGENCY_LEADER")
                        .param("enabled", "true").param("version", String.valueOf(user.version())))
                .andExpect(status().is3xxRedirection());
        assertThat(byId(user.id()).roles()).containsExactly(vn.ttdn.identity.Role.AGENCY_LEADER);
        mvc.perform(post("/admin/users/{id}/edit", user.id()).with(as("admin")).with(csrf())
                        .param("username", username).param("fullName", "Bản cũ")
                        .param("agencyId", String.valueOf(user.agencyId())).param("roles", "AGENCY_OFFICER")
                        .param("version", String.valueOf(user.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("vừa được người khác sửa")))
                .andExpect(shows("value=\"Bản cũ\""));
        assertThat(byId(user.id()).fullName()).isEqualTo("Người Đã Sửa");
    }

    @Test
    void aPasswordResetIsCheckedAgainstThePolicyAndTheConfirmation() throws Exception {
        String username = username();
        mvc.perform(post("/admin/users/new").with(as("admin")).with(csrf()).param("username", username)
                .param("fullName", "Người Quên Mật Khẩu")
                .param("agencyId", String.valueOf(agency("Tuyên Quang", "Sở Y tế")))
                .param("roles", "AGENCY_OFFICER").param("password", "Bat-dau-2026"));
        UserView forgetful = find(username);
        mvc.perform(post("/admin/users/{id}/password", forgetful.id()).with(as("admin")).with(csrf())
                        .param("password", "Password123").param("confirmPassword", "Password123"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Mật khẩu này quá phổ biến")));
        mvc.perform(post("/admin/users/{id}/password", forgetful.id()).with(as("admin")).with(csrf())
                        .param("password", "Mat-khau-moi-2026").param("confirmPassword", "Mat-khau-khac-2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "class=\"invalid-feedback d-block\">Mật khẩu nhập lại không khớp.</div>")));
        mvc.perform(post("/admin/users/{id}/password", forgetful.id()).with(as("admin")).with(csrf())
                        .param("password", "Mat-khau-moi-2026").param("confirmPassword", "Mat-khau-moi-2026"))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void theListExportsAsXlsx() throws Exception {
        mvc.perform(get("/admin/users/export").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void theExportHasTheListsColumnsWithTheProvinceAndTheCreationMomentAsADate() throws Exception {
        byte[] xlsx = mvc.perform(get("/admin/users/export").param("q", "canbo.ngoaivu").with(as("admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            java.util.List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsSubsequence("Đơn vị", "Tỉnh", "Vai trò");
            var row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("canbo.ngoaivu");
            assertThat(row.getCell(headers.indexOf("Tỉnh")).getStringCellValue()).isEqualTo("Tuyên Quang");
            var created = row.getCell(headers.indexOf("Ngày tạo"));
            assertThat(created.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(created)).isTrue();
        }
    }
}
