package vn.ttdn.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import vn.ttdn.TtdnTest;

/** In English mode the kinds of document are English too. */
@TtdnTest
class EnglishLabelsTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    @Test
    void thePlanFormOffersTheKindsInEnglish() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/plans/new").param("lang", "en")
                        .with(user(users.loadUserByUsername("dieuphoi"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains(">Plan</option>", ">Programme</option>")
                .doesNotContain(">Kế hoạch</option>", ">Chương trình</option>", ">Quyết định</option>");
    }

    @Test
    void theTaskListShowsContinuousWorkInEnglish() throws Exception {
        String page = HtmlUtils.htmlUnescape(mvc.perform(get("/tasks").param("lang", "en").param("size", "100")
                        .with(user(users.loadUserByUsername("dieuphoi"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page).contains(">Continuous<").doesNotContain(">Thường xuyên<");
        String vietnamese = HtmlUtils.htmlUnescape(mvc.perform(get("/tasks").param("lang", "vi").param("size", "100")
                        .with(user(users.loadUserByUsername("dieuphoi"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(vietnamese).contains(">Thường xuyên<");
    }
}
