package vn.ttdn.directory.web;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TtdnTest
class AgencyApiTest {

    @Autowired MockMvc mvc;
    @Autowired Directory directory;
    @Autowired UserDetailsService users;
    DirectoryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DirectoryFixtures(directory, users);
    }

    @Test
    void searchesAgenciesByProvinceKindAndTextWithoutDiacritics() throws Exception {
        long tuyenQuang = fixtures.province("Tuyên Quang");
        mvc.perform(get("/api/agencies").param("provinceId", String.valueOf(tuyenQuang)).param("kind", "PRESS")
                        .param("q", "dai phat thanh").with(httpBasic("canbo.congan", "Demo@2026ttdn")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total", is(1)))
                .andExpect(jsonPath("$.items[0].fullName", is("Đài Phát thanh và Truyền hình Tuyên Quang")));
        mvc.perform(get("/api/provinces").with(fixtures.as("canbo.congan")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem("Tuyên Quang")));
    }

    @Test
    void anUnknownKindIsAFieldErrorInVietnamese() throws Exception {
        mvc.perform(get("/api/agencies").param("kind", "NO_SUCH_KIND").with(fixtures.as("dieuphoi")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.kind", is("Giá trị không hợp lệ.")));
    }

    @Test
    void aPrintedOldNameResolvesToTheAgencyNowDoingTheWork() throws Exception {
        AgencyView culture = fixtures.agency("Tuyên Quang", "Sở Văn hóa, Thể thao và Du lịch");
        mvc.perform(get("/api/agencies/resolve").param("provinceId", String.valueOf(culture.provinceId()))
                        .param("name", "Sở Thông tin và Truyền thông tỉnh Tuyên Quang").with(fixtures.as("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.agencyId", is((int) culture.id())));
    }

    @Test
    void createsAndUpdatesAnAgencyWithItsVersion() throws Exception {
        String name = DirectoryFixtures.unique("Trung tâm Xúc tiến");
        String body = """
                {"provinceId": %d, "kind": "OTHER", "fullName": "%s", "phone": "0207 000 001"}
                """.formatted(fixtures.province("Tuyên Quang"), name);
        String location = mvc.perform(post("/api/agencies").with(fixtures.as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fullName", is(name)))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        long version = directory.agency(id).version();
        String update = """
                {"provinceId": %d, "kind": "OTHER", "fullName": "%s", "phone": "0207 000 002", "version": %d}
                """.formatted(fixtures.province("Tuyên Quang"), name, version);
        mvc.perform(put("/api/agencies/{id}", id).with(fixtures.as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phone", is("0207 000 002")));
        mvc.perform(put("/api/agencies/{id}", id).with(fixtures.as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(update))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.containsString("vừa được người khác sửa")));
    }

    @Test
    void invalidFieldsAreListedWithVietnameseMessages() throws Exception {
        mvc.perform(post("/api/agencies").with(fixtures.as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"email\": \"không hợp lệ\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.errors.fullName", is("Nhập tên đầy đủ của đơn vị.")))
                .andExpect(jsonPath("$.errors.kind", is("Chọn loại đơn vị.")))
                .andExpect(jsonPath("$.errors.provinceId", is("Chọn tỉnh, thành phố.")))
                .andExpect(jsonPath("$.errors.email", is("Địa chỉ thư điện tử không hợp lệ.")));
    }

    @Test
    void aCoordinatorCannotCreateInAnotherProvinceNorAnOfficerAnywhere() throws Exception {
        String body = """
                {"provinceId": %d, "kind": "OTHER", "fullName": "Đơn vị trái phép"}
                """.formatted(fixtures.province("Khánh Hòa"));
        mvc.perform(post("/api/agencies").with(fixtures.as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/agencies").with(fixtures.as("canbo.khanhhoa")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status", is(403)));
    }

    @Test
    void reorganisationsAreForAdministratorsAndCheckTheirDates() throws Exception {
        AgencyView old = fixtures.freshAgency("Tuyên Quang", "Sở đổi tên qua API");
        String badDate = """
                {"agencyId": %d, "fullName": "Sở mới", "effectiveOn": "2025-02-31"}
                """.formatted(old.id());
        mvc.perform(post("/api/reorganisations/rename").with(fixtures.as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(badDate))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.effectiveOn",
                        is("Ngày không hợp lệ; gửi theo dạng năm-tháng-ngày, ví dụ 2025-07-01.")));
        String rename = badDate.replace("2025-02-31", "2025-07-01");
        mvc.perform(post("/api/reorganisations/rename").with(fixtures.as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(rename))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/reorganisations/rename").with(fixtures.as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(rename))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fullName", is("Sở mới")))
                .andExpect(jsonPath("$.aliases", hasItem(old.fullName())));
        assertThat(directory.agency(old.id()).active()).isFalse();
    }

    @Test
    void aMergeWithoutPredecessorsIsRefusedFieldByField() throws Exception {
        mvc.perform(post("/api/reorganisations/merge").with(fixtures.as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"predecessorIds\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.predecessorIds", is("Chọn ít nhất một đơn vị được sáp nhập.")))
                .andExpect(jsonPath("$.errors.successorId", is("Chọn đơn vị kế thừa.")))
                .andExpect(jsonPath("$.errors.effectiveOn", is("Nhập ngày hiệu lực (ngày/tháng/năm).")));
        mvc.perform(get("/api/reorganisations").param("size", "200").with(fixtures.as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].kind", everyItem(org.hamcrest.Matchers.oneOf("MERGE", "RENAME",
                        "SPLIT", "DISSOLVE"))));
    }
}
