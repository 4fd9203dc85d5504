package vn.ttdn.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationFinderTest {

    @Test
    void readsKindNumberDateIssuerAndSubject() {
        List<Citation> found = CitationFinder.find("Thực hiện Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ "
                + "về quản lý hoạt động thông tin đối ngoại; Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016 của Bộ "
                + "Thông tin và Truyền thông hướng dẫn quản lý hoạt động thông tin đối ngoại.");
        assertThat(found).hasSize(2);
        Citation decree = found.get(0);
        assertThat(decree.kind()).isEqualTo("Nghị định");
        assertThat(decree.number().canonical()).isEqualTo("72/2015/NĐ-CP");
        assertThat(decree.date()).isEqualTo(LocalDate.of(2015, 9, 7));
        assertThat(decree.issuer()).isEqualTo("Chính phủ");
        assertThat(decree.subject()).isEqualTo("quản lý hoạt động thông tin đối ngoại");
        assertThat(decree.printed()).isEqualTo("Nghị định số 72/2015/NĐ-CP ngày 07/9/2015");
        assertThat(found.get(1).issuer()).isEqualTo("Bộ Thông tin và Truyền thông");
        assertThat(found.get(1).subject()).startsWith("hướng dẫn quản lý");
    }

    @Test
    void issuerStopsAtTheNextCitation() {
        List<Citation> found = CitationFinder.find("Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị và Kế hoạch "
                + "số 196-KH/TU ngày 31/8/2023 của Tỉnh ủy về tiếp tục nâng cao chất lượng");
        assertThat(found).extracting(c -> c.number().canonical()).containsExactly("57-KL/TW", "196-KH/TU");
        assertThat(found.get(0).issuer()).isEqualTo("Bộ Chính trị");
        assertThat(found.get(1).issuer()).isEqualTo("Tỉnh ủy");
        assertThat(found.get(1).subject()).isEqualTo("tiếp tục nâng cao chất lượng");
    }

    @Test
    void datesInWordsAndCommaBeforeNgay() {
        Citation c = CitationFinder.find("Căn cứ Kết luận số 57-KL/TW, ngày 15 tháng 6 năm 2023 của Bộ Chính trị").get(0);
        assertThat(c.date()).isEqualTo(LocalDate.of(2023, 6, 15));
        assertThat(c.issuer()).isEqualTo("Bộ Chính trị");
    }

    @Test
    void kindComesFromTheSymbolWhenNotPrinted() {
        Citation c = CitationFinder.find("theo 3089/BTTTT-TTĐN ngày 31/7/2023").get(0);
        assertThat(c.kind()).isEqualTo("Công văn");
        assertThat(CitationFinder.find("Kế hoạch só 186-KH-UBND về").get(0).kind()).isEqualTo("Kế hoạch");
    }

    @Test
    void datesAndRangesAreNotCitations() {
        assertThat(CitationFinder.find("kỷ niệm 95 năm (03/02/1930 - 03/02/2025), giai đoạn 2021 - 2025, Quý I/2025"))
                .isEmpty();
    }

    @Test
    void aSubjectNeverStartsMidPhraseNorEndsOnTheLeadInToTheNextCitation() {
        List<Citation> found = CitationFinder.find("Căn cứ Kế hoạch số 254/KH-UBND ngày 27/11/2023 của Ủy ban nhân dân "
                + "tỉnh triển khai thực hiện Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng "
                + "cao chất lượng, hiệu quả công tác thông tin đối ngoại sau khi Thủ tướng Chính phủ ban hành Quyết "
                + "định; Quyết định số 2086/QĐ-UBND ngày 12/8/2020 của các Sở, ban, ngành; Nghị quyết số 47/NQ-CP "
                + "ngày 08/4/2024 về Chương trình hành động của Chính phủ đến năm 2030 thực hiện Kết luận số "
                + "57-KL/TW ngày 15/6/2023");
        assertThat(found).extracting(c -> c.number().canonical())
                .containsExactly("254/KH-UBND", "57-KL/TW", "2086/QĐ-UBND", "47/NQ-CP", "57-KL/TW");
        assertThat(found.get(0).subject()).isNull();
        assertThat(found.get(1).subject())
                .isEqualTo("tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại");
        assertThat(found.get(2).subject()).isNull();
        assertThat(found.get(3).subject()).isEqualTo("Chương trình hành động của Chính phủ đến năm 2030");
    }

    @Test
    void aLongSubjectIsCutAtAWordBoundary() {
        String words = "nâng cao chất lượng hiệu quả công tác thông tin đối ngoại ".repeat(8);
        Citation c = CitationFinder.find("Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về " + words).get(0);
        assertThat(c.subject()).endsWith("…");
        String kept = c.subject().substring(0, c.subject().length() - 1);
        assertThat(words).startsWith(kept + " ");
    }
}
