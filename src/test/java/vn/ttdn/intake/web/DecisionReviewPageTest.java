package vn.ttdn.intake.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;

/**
 * The review page of a decision that promulgates a plan, copied from a legal-document site with its header joined
 * by " | " (issue 9): the decision's number and date are shown beside the plan's, and a decision of another
 * province is flagged before anything is confirmed.
 */
@TtdnTest
class DecisionReviewPageTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    static String decision(String provinceInCapitals, String province) {
        return String.join("\n", "Số hiệu: 915/QĐ-UBND", "Loại văn bản: Quyết định", "Nơi ban hành: Tỉnh " + province,
                "ỦY BAN NHÂN DÂN TỈNH " + provinceInCapitals + " | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Số: 915/QĐ-UBND | " + province + ", ngày 08 tháng 3 năm 2026", "QUYẾT ĐỊNH",
                "Về việc ban hành Kế hoạch thông tin đối ngoại năm 2026",
                "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH " + provinceInCapitals,
                "Căn cứ Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ;", "QUYẾT ĐỊNH:",
                "Điều 1. Ban hành kèm theo Quyết định này Kế hoạch thông tin đối ngoại năm 2026.",
                "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", "KẾ HOẠCH", "Thông tin đối ngoại năm 2026",
                "(Ban hành kèm theo Quyết định số 915/QĐ-UBND ngày 08/3/2026 của UBND tỉnh)",
                "I. NHIỆM VỤ", "1. Quảng bá hình ảnh của tỉnh.", "Cơ quan chủ trì: Sở Ngoại vụ",
                "Thời gian thực hiện: Thường xuyên", "");
    }

    @Test
    void theDecisionIsShownAndAnotherProvincesDecisionIsFlagged() throws Exception {
        Document page = page(upload("quyet-dinh-khanh-hoa.txt", decision("KHÁNH HÒA", "Khánh Hòa")), "vi");
        assertThat(page.getElementById("enacted-by").text()).isEqualTo("Quyết định số 915/QĐ-UBND ngày 08/03/2026");
        assertThat(page.getElementById("number").val()).isEqualTo("915/QĐ-UBND");
        assertThat(page.select("h1").text()).isEqualTo("Thông tin đối ngoại năm 2026");
        assertThat(page.select("#tasks .task-content").eachText()).containsExactly("Quảng bá hình ảnh của tỉnh.");
        Element warning = page.getElementById("other-province");
        assertThat(warning).isNotNull();
        assertThat(warning.text()).contains("Khánh Hòa", "Tuyên Quang", "hủy bản nháp");
        // the warning comes before the form that confirms
        String html = page.html();
        assertThat(html.indexOf("id=\"other-province\"")).isLessThan(html.indexOf("id=\"header-form\""));
    }

    @Test
    void inEnglishAndForThisProvinceTheDecisionIsShownWithoutWarning() throws Exception {
        Document page = page(upload("quyet-dinh-tuyen-quang.txt", decision("TUYÊN QUANG", "Tuyên Quang")), "en");
        assertThat(page.getElementById("enacted-by").text()).isEqualTo("Quyết định No. 915/QĐ-UBND of 08/03/2026");
        assertThat(page.getElementById("other-province")).isNull();
    }

    private long upload(String name, String text) throws Exception {
        return new ReviewPages(mvc, users).upload(name, text);
    }

    private Document page(long id, String lang) throws Exception {
        return new ReviewPages(mvc, users).page(id, lang);
    }
}
