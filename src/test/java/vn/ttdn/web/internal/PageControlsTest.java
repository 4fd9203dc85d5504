package vn.ttdn.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.ttdn.TtdnTest;

/** The small things a new user noticed (issue 7, D): the tab's icon, the evidence's icon, the file control. */
@TtdnTest
class PageControlsTest {

    static final byte[] PDF = vn.ttdn.SampleFiles.pdf();

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired DataSource dataSource;

    @Test
    void faviconIcoIsARealIconForEveryoneAndEveryPageLinksIt() throws Exception {
        MockHttpServletResponse icon = mvc.perform(get("/favicon.ico")).andExpect(status().isOk()).andReturn()
                .getResponse();
        assertThat(icon.getContentType()).startsWith("image/");
        byte[] bytes = icon.getContentAsByteArray();
        // An ICO file: reserved 0, type 1 (icon), at least one image.
        assertThat(bytes).startsWith(0, 0, 1, 0);
        assertThat(bytes[4]).isPositive();
        Document login = Jsoup.parse(mvc.perform(get("/login")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
        assertThat(login.select("link[rel=icon]").eachAttr("href")).contains("/favicon.ico", "/assets/favicon.svg");
        assertThat(page(get("/plans"), "dieuphoi").select("link[rel=icon][href=/favicon.ico]")).hasSize(1);
    }

    @Test
    void anEvidenceFileIsMarkedByADrawnPaperclipAndWordsNotAnEmojiWithoutGlyph() throws Exception {
        long task = ledTask("canbo.ngoaivu");
        mvc.perform(multipart("/tasks/{id}/updates", task)
                        .file(new MockMultipartFile("files", "bien-ban-hop.pdf", "application/pdf", PDF))
                        .param("status", "IN_PROGRESS").param("percent", "20").param("narrative", "Đã họp triển khai")
                        .with(csrf()).with(as("canbo.ngoaivu")))
                .andExpect(status().is3xxRedirection());
        Document page = page(get("/tasks/" + task), "canbo.ngoaivu");
        Element item = page.selectFirst("#updates li:has(a:containsOwn(bien-ban-hop.pdf))");
        assertThat(item.html()).doesNotContain("📎");
        assertThat(item.select("svg[aria-hidden=true][focusable=false]")).hasSize(1);
        assertThat(item.select(".visually-hidden").text()).isEqualTo("Tệp minh chứng:");
    }

    @Test
    void theFileControlSpeaksThePagesLanguageAndStaysAKeyboardReachableInput() throws Exception {
        long task = ledTask("canbo.ngoaivu");
        Document vi = page(get("/tasks/" + task), "canbo.ngoaivu");
        // One file input, the picker's: the other fields' fragments bring none along.
        assertThat(vi.select("input[type=file]")).hasSize(1);
        assertThat(page(get("/plans/new"), "dieuphoi").select("input[type=file]")).isEmpty();
        Element input = vi.selectFirst("input[type=file]#files");
        assertThat(input.classNames()).contains("visually-hidden");
        assertThat(input.hasAttr("multiple")).isTrue();
        assertThat(input.attr("tabindex")).isEmpty();
        assertThat(input.attr("aria-describedby")).isEqualTo("files-chosen");
        assertThat(vi.select("label[for=files]").eachText()).contains("Tệp minh chứng", "Chọn tệp");
        assertThat(vi.selectFirst("#files-chosen").text()).isEqualTo("Chưa chọn tệp");
        assertThat(vi.selectFirst("#files-chosen").attr("data-none")).isEqualTo("Chưa chọn tệp");

        Document en = page(get("/tasks/" + task).param("lang", "en"), "canbo.ngoaivu");
        assertThat(en.select("label[for=files]").eachText()).contains("Choose files");
        assertThat(en.selectFirst("#files-chosen").text()).isEqualTo("No file chosen");

        Document intake = page(get("/intake"), "dieuphoi");
        Element file = intake.selectFirst("input[type=file]#file");
        assertThat(file.classNames()).contains("visually-hidden");
        assertThat(file.hasAttr("required")).isTrue();
        assertThat(file.hasAttr("multiple")).isFalse();
        assertThat(intake.select("label[for=file]").eachText()).contains("Chọn tệp");
        assertThat(intake.selectFirst("#file-chosen").text()).isEqualTo("Chưa chọn tệp");
    }

    @Test
    void theScriptNamesTheChosenFilesBesideTheButton() throws Exception {
        String script = mvc.perform(get("/assets/js/app.js")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(script).contains("input.file-picker-input", "'-chosen'", "dataset.none");
    }

    private Document page(MockHttpServletRequestBuilder request, String username) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(as(username))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long ledTask(String username) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        long agency = jdbc.sql("select agency_id from app_user where username = ?").param(username)
                .query(Long.class).single();
        return jdbc.sql("select t.id from task t join task_assignment a on a.task_id = t.id"
                        + " join plan p on p.id = t.plan_id where a.role = 'LEAD' and a.agency_id = ?"
                        + " and p.status = 'ISSUED' and not t.archived and t.status not in ('DONE', 'CANCELLED')"
                        + " order by t.id desc limit 1")
                .param(agency).query(Long.class).single();
    }
}
