package vn.ttdn.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;

/** The review page of a document as a new user uploaded it (issue 7, B): whose document it is, and its text. */
@TtdnTest
class OtherProvinceReviewTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    static String plan(String provinceInCapitals, String place) {
        return String.join("\n", "ỦY BAN NHÂN DÂN", "TỈNH " + provinceInCapitals, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc", "Số: 77/KH-UBND", place + ", ngày 12 tháng 1 năm 2026", "KẾ HOẠCH",
                "Công tác thông tin đối ngoại năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Tuyên truyền về tiềm năng du lịch của tỉnh.", "Cơ quan chủ trì: Sở Ngoại vụ",
                "Thời gian thực hiện: Thường xuyên", "");
    }

    @Test
    void aDocumentOfAnotherProvinceIsFlaggedBeforeItBecomesAPlanHere() throws Exception {
        long id = upload("ke-hoach-khanh-hoa.txt", plan("KHÁNH HÒA", "Khánh Hòa"));
        Element warning = page(id, "vi").getElementById("other-province");
        assertThat(warning).isNotNull();
        assertThat(warning.hasClass("border-warning")).isTrue();
        assertThat(warning.text()).contains("Văn bản của tỉnh khác?", "Khánh Hòa", "Tuyên Quang", "hủy bản nháp");
        Element english = page(id, "en").getElementById("other-province");
        assertThat(english.text()).contains("A document of another province?", "Khánh Hòa", "Tuyên Quang",
                "discard this draft").doesNotContain("Văn bản");
    }

    @Test
    void aDocumentOfThisProvinceOrOfOneMergedIntoItIsNotFlagged() throws Exception {
        assertThat(page(upload("ke-hoach-tuyen-quang.txt", plan("TUYÊN QUANG", "Tuyên Quang")), "vi")
                .getElementById("other-province")).isNull();
        // Hà Giang was merged into Tuyên Quang: its plans are Tuyên Quang's now.
        assertThat(page(upload("ke-hoach-ha-giang.txt", plan("HÀ GIANG", "Hà Giang")), "vi")
                .getElementById("other-province")).isNull();
    }

    @Test
    void theSourcePaneShowsComposedLettersInAFontThatPlacesVietnameseMarks() throws Exception {
        String decomposed = Normalizer.normalize(plan("TUYÊN QUANG", "Tuyên Quang"), Normalizer.Form.NFD);
        Document page = page(upload("ke-hoach-nfd.txt", decomposed), "vi");
        Element source = page.getElementById("source");
        assertThat(source.attr("lang")).isEqualTo("vi");
        String text = source.select(".lt").eachText().toString();
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Tuyên truyền về tiềm năng du lịch");
        assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();

        String css = mvc.perform(get("/assets/css/app.css")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String rule = css.substring(css.indexOf(".intake-source {"), css.indexOf('}', css.indexOf(".intake-source {")));
        assertThat(rule).contains("font-family: \"DejaVu Sans Mono\", \"Noto Sans Mono\"")
                .doesNotContain("ui-monospace");
    }

    private long upload(String name, String text) throws Exception {
        return new ReviewPages(mvc, users).upload(name, text);
    }

    private Document page(long id, String lang) throws Exception {
        return new ReviewPages(mvc, users).page(id, lang);
    }
}
