package vn.ttdn.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.MediaType;
import vn.ttdn.TtdnTest;

/**
 * Every answer says how far the address may travel and which browser features the pages never use; the CSRF token is
 * spared only to a request that authenticates by its own HTTP Basic header, never to a session with a stray header.
 */
@TtdnTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HeadersAndCsrfTest extends SecurityTestSupport {

    private static final String COMMENT = "{\"body\":\"Ý kiến qua API\"}";

    @Test
    void everyAnswerCarriesReferrerAndPermissionsPolicies() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"))
                .andExpect(header().string("Permissions-Policy", Matchers.containsString("camera=()")))
                .andExpect(header().string("Permissions-Policy", Matchers.containsString("geolocation=()")));
        mvc.perform(get("/api/provinces").with(as("dieuphoi")))
                .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
    }

    @Test
    void aSessionWithAnAuthorizationHeaderOfAnyKindStillNeedsTheToken() throws Exception {
        mvc.perform(post("/api/tasks/{id}/comments", f.issuedTask).with(as("canbo.ngoaivu"))
                        .header("Authorization", "Bearer x")
                        .contentType(MediaType.APPLICATION_JSON).content(COMMENT))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/tasks/{id}/comments", f.issuedTask).with(as("canbo.ngoaivu"))
                        .with(request -> {
                            request.setRequestedSessionId("a-session-of-the-browser");
                            return request;
                        })
                        .with(httpBasic("canbo.ngoaivu", "not-her-password"))
                        .contentType(MediaType.APPLICATION_JSON).content(COMMENT))
                .andExpect(status().isForbidden());
    }

    @Test
    void aClientThatSignsInWithHttpBasicNeedsNoToken() throws Exception {
        mvc.perform(post("/api/tasks/{id}/comments", f.issuedTask).with(httpBasic("canbo.ngoaivu", "Demo@2026ttdn"))
                        .contentType(MediaType.APPLICATION_JSON).content(COMMENT))
                .andExpect(status().isCreated());
        mvc.perform(post("/api/tasks/{id}/comments", f.issuedTask).with(as("canbo.ngoaivu")).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(COMMENT))
                .andExpect(status().isCreated());
    }
}
