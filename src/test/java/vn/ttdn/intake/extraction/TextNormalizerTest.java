package vn.ttdn.intake.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TextNormalizerTest {

    @Test
    void composesUnicodeAndUnifiesSpaces() {
        String decomposed = "Vie\u0302\u0323t\u00A0Nam  \u200Bnăm   2024";
        assertThat(TextNormalizer.normalize(decomposed)).isEqualTo("Việt Nam năm 2024");
    }

    @Test
    void keepsTabsBetweenCells() {
        assertThat(TextNormalizer.normalize("1.1 \tNội dung  \tSở A\t")).isEqualTo("1.1\tNội dung\tSở A");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "c ủa tỉnh                 | của tỉnh",
            "Chi ến lược               | Chiến lược",
            "ng ười dân                | người dân",
            "Vi ệt Nam                 | Việt Nam",
            "qu ốc tế                  | quốc tế",
            "thì ở đây                 | thì ở đây",
            "khi ấy ông                | khi ấy ông",
            "điểm a khoản 2            | điểm a khoản 2",
            "các anh em                | các anh em",
            "UBND tỉnh                 | UBND tỉnh"})
    void joinsOnlySyllablesThatPdfSplit(String in, String out) {
        assertThat(TextNormalizer.normalize(in)).isEqualTo(out);
    }

    @Test
    void removesPageDebrisAndJoinsTheSentenceItBroke() {
        String text = "Triển khai Chương trình truyền thông về\n\n(Chữ ký)\n\n12\n\nbiển và đại dương đến năm 2030.";
        assertThat(TextNormalizer.normalize(text))
                .isEqualTo("Triển khai Chương trình truyền thông về biển và đại dương đến năm 2030.");
    }

    @Test
    void joinsLinesBrokenMidNameButNotNewItems() {
        String text = "b) Cơ quan phối hợp: Công an tỉnh, Sở\nThông tin và Truyền thông.\nc) Thời gian: Thường xuyên";
        assertThat(TextNormalizer.normalize(text)).isEqualTo(
                "b) Cơ quan phối hợp: Công an tỉnh, Sở Thông tin và Truyền thông.\nc) Thời gian: Thường xuyên");
    }

    @Test
    void dropsWebPageNoise() {
        String page = "Tin tức - Sự kiện\nTrang chủ > Tin tức\nLượt xem: 1234\nSở Nội vụ: Chủ trì tham mưu.\n\n"
                + "Chia sẻ\nBình luận\nTin mới\nMột tin khác hoàn toàn\nCác tin khác";
        assertThat(TextNormalizer.normalize(page)).isEqualTo("Sở Nội vụ: Chủ trì tham mưu.");
    }

    @Test
    void stripsMarkdownBold() {
        assertThat(TextNormalizer.normalize("4. **Đẩy mạnh đấu tranh**")).isEqualTo("4. Đẩy mạnh đấu tranh");
    }

    @Test
    void keepsTheEthLookAlikeAsPrinted() {
        // citations keep what was printed ("NÐ-CP"); the header reader matches Ð as Đ itself
        assertThat(TextNormalizer.normalize("Ðiều 1. Nghị định số 13/2023/NÐ-CP"))
                .isEqualTo("Ðiều 1. Nghị định số 13/2023/NÐ-CP");
    }

    @Test
    void readsHtmlCharacterReferencesOfWebCopies() {
        assertThat(TextNormalizer.normalize("Số: 28/KH-UBND&nbsp;| Hà Nam, ngày 29/01/2021 K&#7870; HO&#x1EA0;CH &amp; R&D &x;"))
                .isEqualTo("Số: 28/KH-UBND | Hà Nam, ngày 29/01/2021 KẾ HOẠCH & R&D &x;");
    }
}
