package vn.ttdn.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ttdn.TtdnTest;

/**
 * A service's refusal reaches the user in her language: Vietnamese by default, English on the pages when she chose
 * English, and in the API when the client's Accept-Language asks for English.
 */
@TtdnTest
class RefusalLanguageTest {

    private static final String NO_AGENCY_VI = "Tài khoản của bạn không thuộc đơn vị nào nên không có việc được giao.";
    private static final String NO_AGENCY_EN = "Your account belongs to no agency, so no tasks are assigned to it.";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    private RequestPostProcessor admin() {
        return user(users.loadUserByUsername("admin"));
    }

    @Test
    void theApiAnswersInVietnameseByDefault() throws Exception {
        mvc.perform(get("/api/my-tasks").with(admin()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", is(NO_AGENCY_VI)));
        mvc.perform(get("/api/tasks/987654321").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", is("Không tìm thấy nhiệm vụ.")));
    }

    @Test
    void theApiAnswersInEnglishWhenAskedTo() throws Exception {
        mvc.perform(get("/api/my-tasks").with(admin()).header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", is(NO_AGENCY_EN)));
        mvc.perform(get("/api/tasks/987654321").with(admin()).header("Accept-Language", "en"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", is("Not found: task.")));
    }

    @Test
    void pagesFollowTheLanguageTheUserChoseNotTheBrowsers() throws Exception {
        mvc.perform(get("/my-tasks").with(admin()).header("Accept-Language", "en"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString(NO_AGENCY_VI)));
        mvc.perform(get("/my-tasks").with(admin()).cookie(new Cookie("ttdn-lang", "en")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString(NO_AGENCY_EN)))
                .andExpect(content().string(not(containsString(NO_AGENCY_VI))));
    }
}
