package vn.ttdn.identity.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;
import vn.ttdn.identity.Role;
import vn.ttdn.identity.SystemUser;
import vn.ttdn.identity.UserAccounts;
import vn.ttdn.identity.UserForm;

/** A password set by an administrator must be changed before anything else, on pages and in the API alike. */
@TtdnTest
class MustChangePasswordTest {

    static final String GIVEN = "Mat-khau-cap-2026";
    static final String OWN = "Hoa-sen-no-muon-2026";

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;

    String newUser() {
        UserForm form = new UserForm();
        form.setUsername("moi." + System.nanoTime() % 1_000_000);
        form.setFullName("Người Mới Cấp Tài Khoản");
        form.setRoles(EnumSet.of(Role.ADMIN));
        form.setEnabled(true);
        form.setPassword(GIVEN);
        SystemUser.call(() -> accounts.create(form));
        return form.getUsername();
    }

    MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    }

    @Test
    void everyPageLeadsToTheChangePasswordPageUntilSheChoosesHerOwn() throws Exception {
        String username = newUser();
        MockHttpSession session = signIn(username, GIVEN);
        for (String page : new String[]{"/", "/my-tasks", "/admin/users", "/admin/audit"}) {
            mvc.perform(get(page).session(session)).andExpect(redirectedUrl("/account/password?required"));
        }
        mvc.perform(get("/account/password").param("required", "").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bạn cần đổi mật khẩu trước khi tiếp tục làm việc.")));
        mvc.perform(get("/assets/favicon.svg").session(session)).andExpect(status().isOk());

        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", GIVEN)
                        .param("newPassword", OWN).param("confirmPassword", OWN))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/audit").session(session)).andExpect(status().isOk());
    }

    @Test
    void everyApiCallIsRefusedWithAProblemSayingToChangeThePasswordFirstButSheCanSignOut() throws Exception {
        String username = newUser();
        mvc.perform(get("/api/plans").with(httpBasic(username, GIVEN)))
                .andExpect(status().isForbidden())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.status", is(403)))
                .andExpect(jsonPath("$.detail", containsString("Bạn phải đổi mật khẩu trước khi tiếp tục")));
        MockHttpSession session = signIn(username, GIVEN);
        mvc.perform(get("/api/users").session(session)).andExpect(status().isForbidden());
        // Signing out stays possible.
        mvc.perform(post("/logout").session(session).with(csrf()).accept(MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/login?logout"));
    }
}
