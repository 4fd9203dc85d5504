package vn.ttdn.identity.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ttdn.TtdnTest;
import vn.ttdn.directory.AgencyForm;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.SystemUser;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TtdnTest
class AuditPagesTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired Directory directory;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    /** An agency created in a province by the administrator: one audit entry of that province. */
    String createdIn(String province, String stem) {
        String name = stem + " " + System.nanoTime() % 1_000_000;
        long provinceId = directory.provinces().stream().filter(p -> p.name().equals(province)).findFirst()
                .orElseThrow().id();
        SystemUser.run(() -> directory.createAgency(AgencyForm.of(provinceId, AgencyKind.OTHER, name, null)));
        return name;
    }

    @Test
    void aCoordinatorReadsOnlyTheEntriesOfHerProvince() throws Exception {
        String khanhHoa = createdIn("Khánh Hòa", "Trung tâm nhật ký Khánh Hòa");
        String tuyenQuang = createdIn("Tuyên Quang", "Trung tâm nhật ký Tuyên Quang");
        mvc.perform(get("/admin/audit").param("q", "trung tam nhat ky").with(as("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(tuyenQuang)))
                .andExpect(content().string(not(containsString(khanhHoa))));
        mvc.perform(get("/admin/audit").param("q", "trung tam nhat ky").with(as("dieuphoi.khanhhoa")))
                .andExpect(content().string(containsString(khanhHoa)))
                .andExpect(content().string(not(containsString(tuyenQuang))));
        mvc.perform(get("/admin/audit").param("q", "trung tam nhat ky").with(as("admin")))
                .andExpect(content().string(containsString(khanhHoa)))
                .andExpect(content().string(containsString(tuyenQuang)));
    }

    @Test
    void theScopeHoldsInTheApiAndTheExportToo() throws Exception {
        String khanhHoa = createdIn("Khánh Hòa", "Trung tâm phạm vi");
        mvc.perform(get("/api/audit").param("q", khanhHoa).with(as("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", is(0)));
        mvc.perform(get("/api/audit").param("q", khanhHoa).param("entityType", "Agency")
                        .param("from", "2020-01-01").with(as("dieuphoi.khanhhoa")))
                .andExpect(jsonPath("$.total", is(1)))
                .andExpect(jsonPath("$.items[0].action", is("CREATE")))
                .andExpect(jsonPath("$.items[0].after", containsString(khanhHoa)));
        mvc.perform(get("/api/audit").param("size", "200").with(as("dieuphoi")))
                .andExpect(jsonPath("$.items[*].provinceId", everyItem(org.hamcrest.Matchers.notNullValue())));
        mvc.perform(get("/admin/audit/export").param("q", khanhHoa).with(as("dieuphoi.khanhhoa")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("nhat-ky-thay-doi")));
    }

    @Test
    void agencyPeopleAndProvincialLeadersCannotReadTheLog() throws Exception {
        mvc.perform(get("/admin/audit").with(as("canbo.ngoaivu"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(as("lanhdao.tinh"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit").with(as("lanhdao.ngoaivu"))).andExpect(status().isForbidden());
    }

    @Test
    void eachEntryOpensToShowTheRecordBeforeAndAfter() throws Exception {
        String name = createdIn("Tuyên Quang", "Trung tâm trước sau");
        mvc.perform(get("/admin/audit").param("q", name).param("action", "CREATE").with(as("dieuphoi")))
                .andExpect(content().string(containsString("<details>")))
                .andExpect(content().string(containsString("Trước khi thay đổi")))
                .andExpect(content().string(containsString("&quot;fullName&quot; : &quot;" + name + "&quot;")));
    }

    @Test
    void aDateThatDoesNotExistIsExplainedBesideItsFieldAndTheRestStillFilters() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "31/02/2025").param("to", "31/12/2099").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"invalid-feedback d-block\">"
                        + "Ngày không có thật hoặc không đúng dạng ngày/tháng/năm (ví dụ 01/07/2025).</div>")))
                .andExpect(content().string(containsString("value=\"31/02/2025\"")))
                .andExpect(content().string(containsString("Tạo mới")));
    }

    @Test
    void datesLimitTheEntriesToThoseDays() throws Exception {
        mvc.perform(get("/api/audit").param("to", "2000-01-01").with(as("admin")))
                .andExpect(jsonPath("$.total", is(0)));
        mvc.perform(get("/api/audit").param("from", "2000-02-31").with(as("admin")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.from", is("Ngày không hợp lệ (định dạng ngày/tháng/năm).")));
    }
}
