package vn.ttdn.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFoldingTest {

    @Test
    void foldsDiacriticsAndDToPlainLowerCase() {
        assertThat(TextFolding.fold("Thông tin Đối ngoại")).isEqualTo("thong tin doi ngoai");
        assertThat(TextFolding.fold("thong tin doi ngoai")).isEqualTo("thong tin doi ngoai");
    }

    @Test
    void treatsComposedAndDecomposedFormsAlike() {
        String composed = "Ủy ban";
        String decomposed = java.text.Normalizer.normalize(composed, java.text.Normalizer.Form.NFD);
        assertThat(TextFolding.fold(decomposed)).isEqualTo(TextFolding.fold(composed)).isEqualTo("uy ban");
    }

    @Test
    void collapsesSpacesAndFoldsTheLookalikeEth() {
        assertThat(TextFolding.fold("  Ð  ĐÀ\u00a0NẴNG ")).isEqualTo("d da nang");
    }

    @Test
    void punctuationSeparatesWordsLikeASpace() {
        assertThat(TextFolding.fold("Sở Văn hóa, Thể thao và Du lịch")).isEqualTo("so van hoa the thao va du lich");
        assertThat(TextFolding.fold("13980/KH-UBND")).isEqualTo("13980 kh ubnd");
    }

    @Test
    void foldsSeveralFieldsSkippingEmptyOnes() {
        assertThat(TextFolding.foldAll("Sở", null, "", "Ngoại vụ")).isEqualTo("so ngoai vu");
    }
}
