package vn.ttdn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ttdn.intake.extraction.TextNormalizer;

class HeaderExtractorTest {

    private final PlanExtractor extractor = new PlanExtractor();

    @Test
    void twoColumnHeaderWithParentBody() {
        String text = "UBND TỈNH KHÁNH HÒA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "SỞ THÔNG TIN VÀ TRUYỀN THÔNG\tĐộc lập - Tự do - Hạnh phúc\n"
                + "Số: 12 /KH-STTTT\tKhánh Hòa, ngày 05 tháng 01 năm 2024\n"
                + "KẾ HOẠCH\nThông tin đối ngoại năm 2024\n"
                + "Căn cứ Quyết định số 2086/QĐ-UBND ngày 12/8/2020 của UBND tỉnh;\n"
                + "I. NHIỆM VỤ\n- Sở Ngoại vụ: hỗ trợ phóng viên nước ngoài.\n";
        ParsedPlan p = extractor.extract(TextNormalizer.normalize(text));
        assertThat(p.issuerParent()).isEqualTo("UBND TỈNH KHÁNH HÒA");
        assertThat(p.issuer()).isEqualTo("SỞ THÔNG TIN VÀ TRUYỀN THÔNG");
        assertThat(p.number()).isEqualTo("12/KH-STTTT");
        assertThat(p.place()).isEqualTo("Khánh Hòa");
        assertThat(p.issuedOn()).isEqualTo(LocalDate.of(2024, 1, 5));
        assertThat(p.documentType()).isEqualTo("Kế hoạch");
        assertThat(p.title()).isEqualTo("Thông tin đối ngoại năm 2024");
        assertThat(p.year()).isEqualTo(2024);
        assertThat(p.legalBasis()).singleElement().satisfies(c -> assertThat(c.number()).isEqualTo("2086/QĐ-UBND"));
        assertThat(p.tasks()).singleElement().satisfies(t -> {
            assertThat(t.lead()).containsExactly("Sở Ngoại vụ");
            assertThat(t.content()).isEqualTo("hỗ trợ phóng viên nước ngoài.");
        });
    }

    @Test
    void oneBodyIssuerIsNotSplit() {
        String text = "ỦY BAN NHÂN DÂN\nTỈNH TUYÊN QUANG\nSố: 254/KH-UBND\nTuyên Quang, ngày 27/11/2023\nKẾ HOẠCH\nTriển khai X";
        ParsedPlan p = extractor.extract(TextNormalizer.normalize(text));
        assertThat(p.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG");
        assertThat(p.issuerParent()).isNull();
        assertThat(p.issuedOn()).isEqualTo(LocalDate.of(2023, 11, 27));
        assertThat(p.title()).isEqualTo("Triển khai X");
    }

    @Test
    void nothingPrintedMeansNull() {
        ParsedPlan p = extractor.extract("Một đoạn văn không phải văn bản hành chính.");
        assertThat(p.documentType()).isNull();
        assertThat(p.number()).isNull();
        assertThat(p.issuedOn()).isNull();
        assertThat(p.tasks()).isEmpty();
        assertThat(p.signer()).isNull();
    }
}
