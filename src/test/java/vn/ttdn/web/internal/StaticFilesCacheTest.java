package vn.ttdn.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;

/** Static files are kept by the browser (their URLs change with their content); pages are never kept. */
@TtdnTest
class StaticFilesCacheTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void pagesLinkStaticFilesByVersionedUrlsThatBrowsersKeepForAYear() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/plans").with(user(users.loadUserByUsername("dieuphoi"))))
                .andReturn().getResponse();
        assertThat(page.getHeader("Cache-Control")).contains("no-store");
        Matcher css = Pattern.compile("href=\"(/assets/css/app-[0-9a-f]{32}\\.css)\"").matcher(page.getContentAsString());
        assertThat(css.find()).as("app.css linked with the hash of its content").isTrue();
        Matcher webjar = Pattern.compile("src=\"(/webjars/htmx\\.org/[0-9.]+/dist/htmx\\.min(?:-[0-9a-f]{32})?\\.js)\"")
                .matcher(page.getContentAsString());
        assertThat(webjar.find()).as("a webjar linked with its version").isTrue();

        for (String file : new String[]{css.group(1), webjar.group(1)}) {
            MockHttpServletResponse served = mvc.perform(get(file)).andReturn().getResponse();
            assertThat(served.getStatus()).as(file).isEqualTo(200);
            assertThat(served.getHeader("Cache-Control")).as(file).contains("max-age=31536000").contains("public")
                    .doesNotContain("no-store");
        }
    }
}
