package vn.ttdn.directory.web;

import com.ibm.icu.text.Collator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TtdnTest
class AgencyPagesTest {

    private static final int NAME = 0;
    private static final int PROVINCE = 3;

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
        String html = mvc.perform(get("/agencies").param("q", "so ngoai vu").with(fixtures.as("dieuphoi")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-trigger=\"input changed delay:200ms")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("select[name=provinceId] option[selected]").attr("value"))
                .isEqualTo(String.valueOf(tuyenQuang));
        assertThat(rows(html)).isNotEmpty().allMatch(row -> row.get(PROVINCE).equals("Tuyên Quang"))
                .anyMatch(row -> row.get(NAME).equals("Sở Ngoại vụ"));
    }

    @Test
    void namesAreSortedTheVietnameseWay() throws Exception {
        String html = mvc.perform(get("/agencies").param("size", "200").with(fixtures.as("dieuphoi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        List<String> names = rows(html).stream().map(row -> row.get(NAME)).toList();
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
        vietnamese.setStrength(Collator.SECONDARY);
        assertThat(names).hasSizeGreaterThan(10).isSortedAccordingTo(vietnamese::compare);
        assertThat(names.indexOf("Đài Phát thanh và Truyền hình Tuyên Quang"))
                .isGreaterThan(names.indexOf("Công an tỉnh")).isLessThan(names.indexOf("Hội Nhà báo tỉnh"));
    }

    @Test
    void anEmptyProvinceMeansEveryProvinceAndTheStatusFilterShowsMergedAgencies() throws Exception {
        String html = mvc.perform(get("/agencies").param("provinceId", "").param("active", "false")
                        .param("q", "thong tin va truyen thong").with(fixtures.as("dieuphoi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(rows(html)).extracting(row -> row.get(PROVINCE))
                .contains("Tuyên Quang", "Khánh Hòa", "Quảng Bình");
        assertThat(rows(html)).noneMatch(row -> row.get(row.size() - 1).contains("Đang hoạt động"));
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
    void theExportNamesTheDesignatedLeaderAndOfficerAsTheListDoes() throws Exception {
        String html = mvc.perform(get("/agencies").param("q", "so ngoai vu").with(fixtures.as("dieuphoi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var listed = Jsoup.parse(html).select("#agency-results tbody tr").stream()
                .filter(tr -> tr.select("td").first().text().equals("Sở Ngoại vụ")).findFirst().orElseThrow();
        String leaders = String.join("; ", listed.select(".agency-leaders > div:not(.small)").eachText());
        String officers = String.join("; ", listed.select(".agency-officers > div:not(.small)").eachText());
        assertThat(leaders).isNotBlank();
        assertThat(officers).isNotBlank();
        byte[] xlsx = mvc.perform(get("/agencies/export").param("q", "so ngoai vu").with(fixtures.as("dieuphoi")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            List<String> headers = new java.util.ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsSubsequence("Tên đầy đủ", "Tỉnh, thành phố", "Lãnh đạo phụ trách TTĐN",
                    "Cán bộ thực hiện TTĐN");
            var row = sheet.getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("Sở Ngoại vụ");
            assertThat(row.getCell(headers.indexOf("Lãnh đạo phụ trách TTĐN")).getStringCellValue()).isEqualTo(leaders);
            assertThat(row.getCell(headers.indexOf("Cán bộ thực hiện TTĐN")).getStringCellValue()).isEqualTo(officers);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
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
                // Another agency's progress is not hers to open: the page does not offer it.
                .andExpect(content().string(not(containsString("href=\"/dashboard/agency/" + old.id() + "\""))));
        mvc.perform(get("/agencies/{id}", old.id()).with(fixtures.as("dieuphoi")))
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

    /** The agency table as the user reads it: each row's cells as text. */
    private static List<List<String>> rows(String html) {
        return Jsoup.parse(html).select("table tbody tr").stream()
                .map(tr -> tr.select("td").stream().map(td -> td.text()).toList()).toList();
    }
}
