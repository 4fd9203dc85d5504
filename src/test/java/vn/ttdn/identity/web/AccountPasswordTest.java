package vn.ttdn.identity.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ttdn.TtdnTest;

/** The change-password form says which rule a refused password broke, in the user's language. */
@TtdnTest
class AccountPasswordTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    ResultActions change(String newPassword, Cookie... cookies) throws Exception {
        var request = post("/account/password").with(user(users.loadUserByUsername("canbo.khanhhoa"))).with(csrf())
                .param("currentPassword", "Demo@2026ttdn").param("newPassword", newPassword)
                .param("confirmPassword", newPassword);
        if (cookies.length > 0) {
            request.cookie(cookies);
        }
        return mvc.perform(request).andExpect(status().isOk());
    }

    static org.springframework.test.web.servlet.ResultMatcher says(String text) {
        return content().string(containsString("<div class=\"invalid-feedback\">" + text + "</div>"));
    }

    @Test
    void eachRuleHasItsOwnMessage() throws Exception {
        change("x".repeat(201)).andExpect(says("Mật khẩu dài tối đa 128 ký tự."));
        change(" ".repeat(10) + "1a").andExpect(says("Mật khẩu phải có ít nhất 10 ký tự (không kể dấu cách)."));
        change("canbo.khanhhoa1").andExpect(says("Mật khẩu không được chứa tên đăng nhập."));
        change("Password123").andExpect(says("Mật khẩu này quá phổ biến hoặc đã bị lộ trong các vụ rò rỉ dữ liệu; "
                + "hãy chọn mật khẩu khác, ví dụ một câu ngắn dễ nhớ."));
    }

    @Test
    void inEnglishForAUserWhoChoseEnglish() throws Exception {
        Cookie english = new Cookie("ttdn-lang", "en");
        change("x".repeat(201), english).andExpect(says("The password may have at most 128 characters."));
        change("Password123", english).andExpect(says("This password is too common or has leaked in data breaches; "
                + "choose another one, for example a short sentence you remember."));
    }
}
