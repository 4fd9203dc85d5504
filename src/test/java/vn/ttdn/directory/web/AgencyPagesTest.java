package vn.ttdn.directory.web;

import com.ibm.icu.text.Collator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;
import vn.ttdn.common.PageResult;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TtdnTest
class AgencyPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Directory directory;
    @Autowired UserDetailsService users;
    DirectoryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DirectoryFixtures(directory, users);
    }

    @Test
    void theListOpensOnTheUsersOwnProvinceAndFindsNamesTypedWithoutDiacritics() throws Exception {
        long tuyenQuang = fixtures.province("Tuyên Quang");
        var result = mvc.perform(get("/agencies").param("q", "so ngoai vu").with(fixtures.as("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(model().attribute("selectedProvince", tuyenQuang))
                .andExpect(content().string(containsString("Sở Ngoại vụ")))
                .andExpect(content().string(containsString("hx-trigger=\"input changed delay:200ms")))
                .andReturn();
        PageResult<AgencyView> page = page(result.getModelAndView().getModel().get("result"));
        assertThat(page.items()).isNotEmpty().allMatch(a -> a.provinceId() == tuyenQuang)
                .anyMatch(a -> a.fullName().equals("Sở Ngoại vụ"));
    }

    @Test
    void namesAreSortedTheVietnameseWay() throws Exception {
        var result = mvc.perform(get("/agencies").param("size", "200").with(fixtures.as("dieuphoi")))
                .andExpect(status().isOk()).andReturn();
        List<String> names = page(result.getModelAndView().getModel().get("result")).items().stream()
                .map(AgencyView::fullName).toList();
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        vietnamese.setStrength(Collator.SECONDARY);
        assertThat(names).hasSizeGreaterThan(10).isSortedAccordingTo(vietnamese::compare);
        assertThat(names.indexOf("Đài Phát thanh và Truyền hình Tuyên Quang"))
                .isGreaterThan(names.indexOf("Công an tỉnh")).isLessThan(names.indexOf("Hội Nhà báo tỉnh"));
    }

    @Test
    void anEmptyProvinceMeansEveryProvinceAndTheStatusFilterShowsMergedAgencies() throws Exception {
        var result = mvc.perform(get("/agencies").param("provinceId", "").param("active", "false")
                        .param("q", "thong tin va truyen thong").with(fixtures.as("dieuphoi")))
                .andExpect(status().isOk()).andReturn();
        PageResult<AgencyView> page = page(result.getModelAndView().getModel().get("result"));
        assertThat(page.items()).extracting(AgencyView::provinceName)
                .contains("Tuyên Quang", "Khánh Hòa", "Quảng Bình");
        assertThat(page.items()).noneMatch(AgencyView::active);
    }

    @Test
    void theExportIsAnXlsxOfEveryFilteredRow() throws Exception {
        byte[] xlsx = mvc.perform(get("/agencies/export").param("q", "so").with(fixtures.as("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andExpect(header().string("Content-Disposition", containsString("danh-ba-don-vi")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Tên đầy đủ");
            assertThat(sheet.getLastRowNum()).isGreaterThan(10);
        }
    }

    @Test
    void aMergedAgencySaysIntoWhichAgencyAndFromWhenWithALinkToIt() throws Exception {
        AgencyView old = directory.agencies(fixtures.province("Tuyên Quang"), false).stream()
                .filter(a -> a.fullName().equals("Sở Thông tin và Truyền thông")).findFirst().orElseThrow();
        mvc.perform(get("/agencies/{id}", old.id()).with(fixtures.as("canbo.congan")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Đơn vị đã sáp nhập vào")))
                .andExpect(content().string(containsString("href=\"/agencies/" + old.successorId() + "\"")))
                .andExpect(content().string(containsString("từ ngày 01/07/2025.")))
                .andExpect(content().string(containsString("href=\"/dashboard/agency/" + old.id() + "\"")));
    }

    @Test
    void theSuccessorListsItsPredecessorsAliasesAndGroups() throws Exception {
        AgencyView culture = fixtures.agency("Tuyên Quang", "Sở Văn hóa, Thể thao và Du lịch");
        mvc.perform(get("/agencies/{id}", culture.id()).with(fixtures.as("lanhdao.tinh")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kế thừa từ")))
                .andExpect(content().string(containsString("Sở Thông tin và Truyền thông")))
                .andExpect(content().string(containsString("Các sở, ban, ngành")))
                .andExpect(content().string(not(containsString(">Sửa<"))));
    }

    @Test
    void groupsShowTheAgenciesTheyStandFor() throws Exception {
        mvc.perform(get("/agencies/groups").with(fixtures.as("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Các cơ quan báo chí tỉnh")))
                .andExpect(content().string(containsString("Báo Tuyên Quang")))
                .andExpect(content().string(not(containsString("Báo Khánh Hòa"))));
    }

    @Test
    void anUnknownAgencyIsNotFound() throws Exception {
        mvc.perform(get("/agencies/{id}", 999_999).with(fixtures.as("dieuphoi")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy đơn vị.")));
    }

    @SuppressWarnings("unchecked")
    private static PageResult<AgencyView> page(Object result) {
        return (PageResult<AgencyView>) result;
    }
}
