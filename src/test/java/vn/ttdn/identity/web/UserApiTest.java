package vn.ttdn.identity.web;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ttdn.TtdnTest;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@TtdnTest
class UserApiTest {

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void listsUsersForAnAdministratorOnly() throws Exception {
        mvc.perform(get("/api/users").param("q", "dieu phoi").with(httpBasic("admin", "Demo@2026ttdn")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].username", hasItem("dieuphoi")));
        mvc.perform(get("/api/users").with(as("dieuphoi"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/users")).andExpect(status().isUnauthorized());
    }

    @Test
    void createsUpdatesAndResetsThePasswordOfAUser() throws Exception {
        String username = "api." + System.nanoTime() % 1_000_000;
        String created = mvc.perform(post("/api/users").with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username": "%s", "fullName": "Đinh Văn API", "roles": ["ADMIN"],
                                 "password": "Bat-dau-2026"}""".formatted(username)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fullName", is("Đinh Văn API")))
                .andReturn().getResponse().getHeader("Location");
        long id = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        mvc.perform(put("/api/users/{id}", id).with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username": "%s", "fullName": "Đinh Văn Sửa", "roles": ["ADMIN"], "enabled": false,
                                 "version": 0}""".formatted(username)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled", is(false)));
        mvc.perform(post("/api/users/{id}/password", id).with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\": \"ngan\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.password", is("Mật khẩu phải có ít nhất 10 ký tự (không kể dấu cách).")));
        mvc.perform(post("/api/users/{id}/password", id).with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"password\": \"Mat-khau-moi-2026\"}"))
                .andExpect(status().isNoContent());
    }

    @Test
    void invalidUsersAreRefusedFieldByFieldInVietnamese() throws Exception {
        mvc.perform(post("/api/users").with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"username\": \"x\", \"roles\": []}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.username", is("Tên đăng nhập gồm 3–50 chữ cái không dấu, số, "
                        + "dấu chấm, gạch dưới hoặc gạch ngang.")))
                .andExpect(jsonPath("$.errors.fullName", is("Nhập họ và tên.")))
                .andExpect(jsonPath("$.errors.roles", is("Chọn ít nhất một vai trò.")));
        mvc.perform(post("/api/users").with(as("admin")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username": "dieuphoi", "fullName": "Trùng tên", "roles": ["VIEWER"],
                                 "password": "Bat-dau-2026", "agencyId": 1}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors.username", is("Tên đăng nhập này đã có người dùng.")));
    }

    @Test
    void aCoordinatorCannotCreateUsers() throws Exception {
        mvc.perform(post("/api/users").with(as("dieuphoi")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("""
                                {"username": "khong.duoc", "fullName": "Không được", "roles": ["ADMIN"],
                                 "password": "Bat-dau-2026"}"""))
                .andExpect(status().isForbidden());
    }
}
