package vn.ttdn.intake.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.ttdn.TtdnTest;
import vn.ttdn.intake.IntakeSamples;

/** The review page of an uploaded decision as a new user saw it. */
@TtdnTest
class IntakeReviewPageTest {

    /** A made-up decision: its preamble is a list of "Căn cứ …;" lines and its articles are printed in capitals. */
    static final String DECISION = String.join("\n",
            "ỦY BAN NHÂN DÂN", "TỈNH TUYÊN QUANG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc", "Số: 1234/QĐ-UBND", "Tuyên Quang, ngày 15 tháng 3 năm 2026",
            "QUYẾT ĐỊNH", "Ban hành Kế hoạch công tác thông tin đối ngoại năm 2026",
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG",
            "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin đối ngoại;",
            "Căn cứ Thông tư số 22/2016/TT-BTTTT ngày 19/10/2016 của Bộ Thông tin và Truyền thông hướng dẫn quản lý "
                    + "hoạt động thông tin đối ngoại;",
            "Căn cứ Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả "
                    + "công tác thông tin đối ngoại trong tình hình mới;",
            "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch.", "QUYẾT ĐỊNH:",
            "ĐIỀU 1. Ban hành kèm theo Quyết định này Kế hoạch công tác thông tin đối ngoại năm 2026.",
            "ĐIỀU 2. Quyết định này có hiệu lực kể từ ngày ký.", "");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void aDecisionsCanCuLinesAreItsLegalBasis() throws Exception {
        String page = page(upload("quyet-dinh.txt", DECISION.getBytes(StandardCharsets.UTF_8)));
        String basis = page.substring(page.indexOf("Căn cứ</dt>"), page.indexOf("Văn bản khác được nhắc đến</dt>"));
        assertThat(basis).contains("Nghị định số 72/2015/NĐ-CP", "Thông tư số 22/2016/TT-BTTTT",
                "Kết luận số 57-KL/TW");
    }

    @Test
    void aWordDocumentShowsItsFormatNotAnEncodingAndTheDateBoxFitsADate() throws Exception {
        String page = page(upload("quyet-dinh.docx", IntakeSamples.docx(DECISION)));
        assertThat(page).contains("Đọc dạng DOCX").doesNotContain("mã UTF-8");
        assertThat(page).contains("<div class=\"col-6 col-md-4 intake-date\">");
        assertThat(page(upload("quyet-dinh-2.txt", DECISION.getBytes(StandardCharsets.UTF_8)))).contains("mã UTF-8");
    }

    private long upload(String name, byte[] bytes) throws Exception {
        String location = mvc.perform(multipart("/intake").file(new MockMultipartFile("file", name,
                        "application/octet-stream", bytes)).with(user(users.loadUserByUsername("dieuphoi"))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String page(long id) throws Exception {
        return HtmlUtils.htmlUnescape(mvc.perform(get("/intake/{id}", id)
                        .with(user(users.loadUserByUsername("dieuphoi"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }
}
