package vn.ttdn.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ttdn.intake.IntakeSamples;
import vn.ttdn.intake.ParsedPlan;
import vn.ttdn.intake.PlanExtractor;

class ProvinceMentionTest {

    static final List<String> PROVINCES = List.of("Tuyên Quang", "Hà Giang", "Khánh Hòa", "Ninh Thuận",
            "Quảng Bình", "Quảng Trị", "Hòa Bình", "Phú Thọ");

    private static ParsedPlan header(String... lines) {
        return new PlanExtractor().extract(String.join("\n", lines) + "\nKẾ HOẠCH\nCông tác thông tin đối ngoại năm 2026\n");
    }

    @Test
    void theIssuerOfAProvincialDocumentNamesItsProvince() {
        ParsedPlan plan = header("ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 55/KH-UBND", "Nha Trang, ngày 10 tháng 1 năm 2026");
        assertThat(ProvinceMention.in(plan, PROVINCES)).hasValueSatisfying(m -> {
            assertThat(m.province()).isEqualTo("Khánh Hòa");
            assertThat(m.printed()).containsIgnoringCase("khánh hòa");
        });
    }

    @Test
    void aDepartmentsParentOrThePlaceOfIssueNameItWhateverTheSpelling() {
        ParsedPlan department = header("UBND TỈNH TUYÊN QUANG", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 12/KH-SVHTTDL",
                "Tuyên Quang, ngày 3 tháng 2 năm 2026");
        assertThat(ProvinceMention.in(department, PROVINCES)).map(ProvinceMention.Mention::province)
                .contains("Tuyên Quang");
        assertThat(ProvinceMention.in(new PlanExtractor().extract(IntakeSamples.seedText("004_b5f3c917d812ce75.txt")),
                List.of("Tuyên Quang", "Khánh Hoà"))).map(ProvinceMention.Mention::province).contains("Khánh Hoà");
    }

    @Test
    void aTitleNamesAProvinceOnlyAfterTinhAndACentralDocumentNamesNone() {
        assertThat(ProvinceMention.in(new PlanExtractor().extract(IntakeSamples.seedText("001_1feb9bf8732c19e8.txt")),
                PROVINCES)).map(ProvinceMention.Mention::province).contains("Quảng Bình");
        ParsedPlan central = header("BỘ THÔNG TIN VÀ TRUYỀN THÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 3837/BTTTT-TTĐN", "Hà Nội, ngày 5 tháng 9 năm 2024");
        assertThat(ProvinceMention.in(central, PROVINCES)).isEmpty();
    }
}
