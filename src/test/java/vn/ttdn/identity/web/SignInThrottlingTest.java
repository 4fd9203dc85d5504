package vn.ttdn.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ttdn.TtdnTest;
import vn.ttdn.common.ListQuery;
import vn.ttdn.identity.AuditFilter;
import vn.ttdn.identity.AuditLog;
import vn.ttdn.identity.AuditView;
import vn.ttdn.identity.SystemUser;

/**
 * Wrong passwords slow down the address they come from, never lock the account: the holder signs in from
 * elsewhere while a stranger waits. Each test uses addresses of its own, so that no other test is slowed down.
 */
@TtdnTest
class SignInThrottlingTest {

    static final String HOLDER = "canbo.khanhhoa";
    static final String PASSWORD = "Demo@2026ttdn";
    static final String FAILED = "Không đăng nhập được. Kiểm tra tên đăng nhập và mật khẩu; nếu vẫn không được,"
            + " liên hệ quản trị hệ thống.";
    static final String WAIT = "Có quá nhiều lần đăng nhập không thành công từ máy này. Vui lòng chờ vài phút rồi"
            + " thử lại.";

    @Autowired MockMvc mvc;
    @Autowired AuditLog audit;
    @Autowired UserDetailsService users;

    static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    ResultActions signIn(String address, String username, String password) throws Exception {
        return mvc.perform(post("/login").param("username", username).param("password", password)
                .with(csrf()).with(from(address)));
    }

    List<AuditView> entries(String action, String address) {
        return SystemUser.call(() -> audit.search(new AuditFilter("Login", action, null, null, null),
                ListQuery.of(address, null, null, 0, 50)).items());
    }

    @Test
    void aStrangersWrongPasswordsFromOneAddressDoNotStopTheHolderFromAnother() throws Exception {
        String stranger = "10.77.1.1";
        for (int i = 1; i <= 4; i++) {
            signIn(stranger, HOLDER, "doan-mo-" + i).andExpect(redirectedUrl("/login?error"));
        }
        // The stranger's address waits now: even the right password is refused unread, in the same words.
        signIn(stranger, HOLDER, "doan-mo-5").andExpect(redirectedUrl("/login?throttled"));
        signIn(stranger, HOLDER, PASSWORD).andExpect(redirectedUrl("/login?throttled"));
        mvc.perform(get("/login").param("error", "").with(from(stranger)))
                .andExpect(content().string(containsString(WAIT)))
                .andExpect(content().string(not(containsString(FAILED))));

        signIn("10.77.1.2", HOLDER, PASSWORD).andExpect(redirectedUrl("/"));
        mvc.perform(get("/login").param("error", "").with(from("10.77.1.2")))
                .andExpect(content().string(containsString(FAILED)))
                .andExpect(content().string(not(containsString(WAIT))));
    }

    @Test
    void whileTheAccountIsUnderAttackAWrongPasswordFromANewAddressMakesItWaitAtOnce() throws Exception {
        String account = "khong.co.ai." + System.nanoTime() % 100_000;
        for (int i = 1; i <= 4; i++) {
            signIn("10.77.2." + i, account, "doan-mo-" + i).andExpect(redirectedUrl("/login?error"));
        }
        signIn("10.77.2.9", account, "doan-mo-9").andExpect(redirectedUrl("/login?error"));
        signIn("10.77.2.9", account, "doan-mo-10").andExpect(redirectedUrl("/login?throttled"));
        // The first addresses made one failure each: they are not waiting.
        signIn("10.77.2.1", HOLDER, PASSWORD).andExpect(redirectedUrl("/"));
    }

    @Test
    void anApiClientFromAWaitingAddressIsToldToWaitNotThatItsPasswordIsWrong() throws Exception {
        String address = "10.77.3.1";
        for (int i = 1; i <= 4; i++) {
            mvc.perform(get("/api/plans").with(httpBasic(HOLDER, "doan-mo-" + i)).with(from(address)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/plans").with(httpBasic(HOLDER, PASSWORD)).with(from(address)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(jsonPath("$.detail", containsString("Vui lòng chờ")));
        mvc.perform(get("/api/plans").with(httpBasic(HOLDER, PASSWORD)).with(from("10.77.3.2")))
                .andExpect(status().isOk());
    }

    @Test
    void signInsFailuresAndDelaysAreWrittenToTheAuditLogWithVietnameseSummaries() throws Exception {
        String stranger = "10.77.4.1";
        for (int i = 1; i <= 4; i++) {
            signIn(stranger, HOLDER, "doan-mo-" + i);
        }
        signIn("10.77.4.2", HOLDER, PASSWORD).andExpect(redirectedUrl("/"));

        List<AuditView> failed = entries("LOGIN_FAILED", stranger);
        assertThat(failed).hasSize(4).allSatisfy(e -> {
            assertThat(e.username()).isEqualTo(HOLDER);
            assertThat(e.summary()).isEqualTo("Đăng nhập không thành công với tên «canbo.khanhhoa» từ địa chỉ "
                    + stranger);
            assertThat(e.after()).contains("\"address\" : \"" + stranger + "\"");
        });
        assertThat(entries("LOGIN_THROTTLED", stranger)).extracting(AuditView::summary)
                .contains("Tạm chặn đăng nhập từ địa chỉ 10.77.4.1 trong 5 giây sau 4 lần không thành công");
        assertThat(entries("LOGIN", "10.77.4.2")).extracting(AuditView::summary)
                .containsExactly("Đăng nhập thành công từ địa chỉ 10.77.4.2");

        mvc.perform(get("/admin/audit").param("q", stranger).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(">Đăng nhập không thành công<")))
                .andExpect(content().string(containsString(">Tạm chặn đăng nhập<")))
                .andExpect(content().string(containsString("<option value=\"Login\">Đăng nhập</option>")))
                .andExpect(content().string(containsString(
                        "<option value=\"LOGIN_FAILED\">Đăng nhập không thành công</option>")));
    }
}
