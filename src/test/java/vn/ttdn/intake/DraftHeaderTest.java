package vn.ttdn.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ttdn.intake.extraction.TextNormalizer;

/** A draft leaves its number and day blank: what is printed is kept, nothing is invented (issue 9). */
class DraftHeaderTest {

    private final PlanExtractor extractor = new PlanExtractor();

    @Test
    void aBlankDayKeepsThePlaceAndTheYearButGivesNoDate() {
        String text = String.join("\n", "DỰ THẢO", "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "TỈNH ĐIỆN BIÊN\tĐộc lập - Tự do - Hạnh phúc", "Số:      /KH-UBND\tĐiện Biên, ngày    tháng 4 năm 2020",
                "KẾ HOẠCH", "Công tác thông tin đối ngoại", "I. MỤC ĐÍCH");
        ParsedPlan p = extractor.extract(TextNormalizer.normalize(text));
        assertThat(p.number()).isNull();
        assertThat(p.issuedOn()).isNull();
        assertThat(p.year()).isEqualTo(2020);
        assertThat(p.place()).isEqualTo("Điện Biên");
        assertThat(p.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN");
        assertThat(p.title()).isEqualTo("Công tác thông tin đối ngoại");
    }

    @Test
    void aSitesDateDoesNotFillTheBlankDayOfTheDocumentItself() {
        String text = String.join("\n", "Ngày ban hành: 12/04/2020", "Nơi ban hành: Tỉnh Điện Biên",
                "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: 55/KH-UBND | Điện Biên, ngày … tháng … năm 2020", "KẾ HOẠCH", "Công tác thông tin đối ngoại",
                "I. MỤC ĐÍCH");
        ParsedPlan p = extractor.extract(TextNormalizer.normalize(text));
        assertThat(p.issuedOn()).isNull();
        assertThat(p.year()).isEqualTo(2020);
        assertThat(p.number()).isEqualTo("55/KH-UBND");
        assertThat(p.issuer()).isEqualTo("ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN");
    }
}
