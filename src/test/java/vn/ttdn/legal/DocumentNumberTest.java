package vn.ttdn.legal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocumentNumberTest {

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', value = {
            "13980/KH-UBND      | 13980/KH-UBND     | Kế hoạch",
            "13980 /KH-UBND     | 13980/KH-UBND     | Kế hoạch",
            "57-KL/TW           | 57-KL/TW          | Kết luận",
            "57- KL/TW          | 57-KL/TW          | Kết luận",
            "72/2015/NĐ-CP      | 72/2015/NĐ-CP     | Nghị định",
            "72/2015/ND-CP      | 72/2015/NĐ-CP     | Nghị định",
            "số 72/2015/NĐ- CP  | 72/2015/NĐ-CP     | Nghị định",
            "72/2015/NÐ–CP      | 72/2015/NĐ-CP     | Nghị định",
            "186-KH-UBND        | 186/KH-UBND       | Kế hoạch",
            "66-CTr/TU          | 66-CTr/TU         | Chương trình",
            "3089/BTTTT-TTĐN    | 3089/BTTTT-TTĐN   | Công văn",
            "3089/BTTTT-TTDN    | 3089/BTTTT-TTĐN   | Công văn",
            "4315/TTr-STTTT     | 4315/TTr-STTTT    | Tờ trình",
            "1079/QĐ-TTg        | 1079/QĐ-TTg       | Quyết định",
            "992/CTPH-BTTTT-UBDT| 992/CTPH-BTTTT-UBDT | Chương trình phối hợp",
            "103/2016/QH13      | 103/2016/QH13     | Luật"})
    void parsesAndCanonicalises(String printed, String canonical, String kind) {
        DocumentNumber n = DocumentNumber.parse(printed).orElseThrow();
        assertThat(n.canonical()).isEqualTo(canonical);
        assertThat(n.kindFromSymbol()).isEqualTo(kind);
        assertThat(n.printed()).isEqualTo(printed.strip());
    }

    @ParameterizedTest
    @ValueSource(strings = {"15/6/2023", "2021 - 2025", "Quý I/2025", "15/5 Đài", "abc", "", "1/", "19/5 đối với"})
    void rejectsWhatIsNotANumber(String text) {
        assertThat(DocumentNumber.parse(text)).isEmpty();
    }

    @Test
    void theSameDocumentWhateverTheLeadingZerosOrSpelling() {
        DocumentNumber a = DocumentNumber.parse("09/2017/NĐ-CP").orElseThrow();
        DocumentNumber b = DocumentNumber.parse("9/2017/ND-CP").orElseThrow();
        assertThat(a.key()).isEqualTo(b.key());
        assertThat(a.canonical()).isEqualTo("09/2017/NĐ-CP");
    }

    @Test
    void normativeNumbersGetTheirMissingYear() {
        DocumentNumber decree = DocumentNumber.parse("72/NĐ-CP").orElseThrow();
        DocumentNumber resolution = DocumentNumber.parse("47/NQ-CP").orElseThrow();
        assertThat(decree.withYearIfNormative(2015).canonical()).isEqualTo("72/2015/NĐ-CP");
        assertThat(resolution.withYearIfNormative(2024).canonical()).isEqualTo("47/NQ-CP");
    }

    @Test
    void partyDocumentsKeepTheHyphen() {
        assertThat(DocumentNumber.parse("391-KH/TU").orElseThrow().isParty()).isTrue();
        assertThat(DocumentNumber.parse("254/KH-UBND").orElseThrow().isParty()).isFalse();
    }
}
