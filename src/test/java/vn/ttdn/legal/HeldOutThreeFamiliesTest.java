package vn.ttdn.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The families held-out batch 3 found missing (branch g-cite2), with the cases that must stay unread. */
class HeldOutThreeFamiliesTest {

    @Test
    void aLawNamedAloneAsAPreambleItemIsCitedWithoutADate() {
        assertThat(CitationFinder.findAll("Căn cứ Luật Cán bộ, công chức, Luật Viên chức và các văn bản hướng dẫn;"))
                .extracting(Citation::subject).containsExactly("Luật Cán bộ, công chức", "Luật Viên chức");
        assertThat(CitationFinder.findAll("Căn cứ Luật Thủy sản của Quốc hội;").get(0).date()).isNull();
    }

    @Test
    void aLawNamedInsideASentenceOrWithANumberIsNotADatelessCitation() {
        assertThat(CitationFinder.findAll("Căn cứ hướng dẫn thi hành Luật Báo chí;")).isEmpty();
        assertThat(CitationFinder.findAll("Căn cứ Luật Đầu tư công số 39/2019/QH14;"))
                .singleElement().satisfies(c -> assertThat(c.number().canonical()).isEqualTo("39/2019/QH14"));
        assertThat(CitationFinder.findAll("Căn cứ Luật Thủy lợi (sửa đổi năm 2023);"))
                .extracting(Citation::subject).containsExactly("Luật Thủy lợi");
    }

    @Test
    void aCountInsideALawsNameIsNotANumber() {
        Citation law = CitationFinder.findAll("Căn cứ Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự, "
                + "quốc phòng ngày 11 tháng 6 năm 2025;").get(0);
        assertThat(law.subject()).isEqualTo("Luật sửa đổi, bổ sung một số điều của 11 luật về quân sự, quốc phòng");
        assertThat(law.date()).isEqualTo(LocalDate.of(2025, 6, 11));
    }

    @Test
    void anAllCapitalPreambleCitesLawsButCapitalWordsElsewhereDoNot() {
        Citation law = CitationFinder.findAll("CĂN CỨ BỘ LUẬT LAO ĐỘNG NGÀY 20 THÁNG 11 NĂM 2019;").get(0);
        assertThat(law.kind()).isEqualTo("Luật");
        assertThat(law.subject()).isEqualTo("BỘ LUẬT LAO ĐỘNG");
        assertThat(CitationFinder.findAll("CĂN CỨ PHÁP LỆNH DÂN SỐ NGÀY 09 THÁNG 01 NĂM 2003;").get(0).kind())
                .isEqualTo("Pháp lệnh");
        assertThat(CitationFinder.findAll("Căn cứ quy định của PHÁP LUẬT NGÀY 01 THÁNG 01 NĂM 2020;")).isEmpty();
    }

    @Test
    void aPlansHorizonBelongsToItsName() {
        assertThat(CitationFinder.findAll("Thực hiện Chiến lược phát triển ngành giai đoạn 2021 - 2030, tầm nhìn đến "
                + "năm 2045 của Bộ Công Thương;")).extracting(Citation::subject)
                .containsExactly("Chiến lược phát triển ngành giai đoạn 2021 - 2030, tầm nhìn đến năm 2045");
    }

    @Test
    void aLostSlashIsRepairedFromSixDigitsForDocumentsWhoseNumberNeedNotCarryAYear() {
        assertThat(CitationFinder.findAll("Căn cứ Quyết định số 122024/QĐ-UBND ngày 05/4/2024 của UBND tỉnh;")
                .get(0).number().canonical()).isEqualTo("12/2024/QĐ-UBND");
        assertThat(CitationFinder.findAll("Thực hiện Công văn số 12019/UBND-VX ngày 20/11/2019 của UBND thành phố;")
                .get(0).number().canonical()).isEqualTo("12019/UBND-VX");
        assertThat(CitationFinder.findAll("Căn cứ Nghị quyết số 172019/NQ-HĐND ngày 12/7/2020 của HĐND tỉnh;")
                .get(0).number().canonical()).isEqualTo("172019/NQ-HĐND");
    }

    @Test
    void anAllCapitalCitationKeepsItsKindWordAndTheTypeCodesSmallLetter() {
        Citation c = CitationFinder.findAll("XÉT TỜ TRÌNH SỐ 150/TTR-UBND NGÀY 20 THÁNG 11 NĂM 2019;").get(0);
        assertThat(c.kind()).isEqualTo("Tờ trình");
        assertThat(c.number().canonical()).isEqualTo("150/TTr-UBND");
        assertThat(c.number().printed()).isEqualTo("150/TTR-UBND");
        assertThat(CitationFinder.findAll("THỰC HIỆN CHƯƠNG TRÌNH HÀNH ĐỘNG SỐ 09-CTR/TU NGÀY 10/5/2021;").get(0)
                .number().canonical()).isEqualTo("09-CTr/TU");
    }
}
