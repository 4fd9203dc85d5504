package vn.ttdn.security;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;
import vn.ttdn.common.ListQuery;
import vn.ttdn.identity.Role;
import vn.ttdn.identity.SystemUser;
import vn.ttdn.identity.UserAccounts;
import vn.ttdn.identity.UserForm;
import vn.ttdn.identity.UserView;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Changes made by an administrator reach sessions that are already open, on their next request. */
@TtdnTest
class SessionFreshnessTest {

    static final String PASSWORD = "Phien-lam-viec-2026";

    @Autowired MockMvc mvc;
    @Autowired UserAccounts accounts;
    @Autowired vn.ttdn.directory.Directory directory;

    long agency() {
        long province = directory.provinces().stream().filter(p -> p.name().equals("Khánh Hòa")).findFirst()
                .orElseThrow().id();
        return directory.agencies(province, true).stream().filter(a -> a.fullName().equals("Sở Y tế")).findFirst()
                .orElseThrow().id();
    }

    UserForm form(String username, Role role, boolean enabled) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setFullName("Người Thử Phiên");
        form.setRoles(EnumSet.of(role));
        form.setEnabled(enabled);
        return form;
    }

    long create(String username, Role role) {
        UserForm form = form(username, role, true);
        form.setPassword(PASSWORD);
        return SystemUser.call(() -> accounts.create(form));
    }

    void update(long id, Role role, boolean enabled, String username) {
        SystemUser.run(() -> {
            UserView current = accounts.get(id);
            UserForm form = form(username, role, enabled);
            form.setAgencyId(role == Role.ADMIN ? null : agency());
            form.setVersion(current.version());
            accounts.update(id, form);
        });
    }

    MockHttpSession signIn(String username, String password) throws Exception {
        return (MockHttpSession) mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/")).andReturn().getRequest().getSession(false);
    }

    static String username() {
        return "phien." + System.nanoTime() % 1_000_000;
    }

    @Test
    void aDemotedAdministratorLosesHerRightsOnTheNextRequest() throws Exception {
        String username = username();
        long id = create(username, Role.ADMIN);
        MockHttpSession session = signIn(username, PASSWORD);
        // The password the administrator gave must be changed first.
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", PASSWORD)
                .param("newPassword", "Mat-khau-rieng-2026").param("confirmPassword", "Mat-khau-rieng-2026"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/audit").session(session)).andExpect(status().isOk());
        update(id, Role.VIEWER, true, username);
        mvc.perform(get("/admin/audit").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/api/audit").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void aDisabledUserIsSignedOutWithAMessage() throws Exception {
        String username = username();
        long id = create(username, Role.ADMIN);
        MockHttpSession session = signIn(username, PASSWORD);
        update(id, Role.ADMIN, false, username);
        mvc.perform(get("/admin/audit").session(session)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/admin/audit").session(session).accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }

    @Test
    void aPasswordResetEndsOpenSessionsButAnOwnChangeKeepsHers() throws Exception {
        String username = username();
        long id = create(username, Role.ADMIN);
        MockHttpSession session = signIn(username, PASSWORD);
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", PASSWORD)
                .param("newPassword", "Mat-khau-rieng-2026").param("confirmPassword", "Mat-khau-rieng-2026"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/admin/audit").session(session)).andExpect(status().isOk());
        SystemUser.run(() -> accounts.resetPassword(id, "Dat-lai-boi-admin-2026"));
        mvc.perform(get("/api/audit").session(session)).andExpect(status().isUnauthorized());
        mvc.perform(get("/admin/audit").session(session).accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection());
    }
}
