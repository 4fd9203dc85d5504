package vn.ttdn.web.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;

/** A request typed straight to /error is a page that does not exist, not a server failure. */
@TtdnTest
class DirectErrorRequestTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aDirectRequestForTheErrorPathIsNotFound() throws Exception {
        mvc.perform(get("/error")).andExpect(status().isNotFound());
        mvc.perform(get("/error").with(user("admin").roles("ADMIN"))).andExpect(status().isNotFound());
        mvc.perform(get("/error/500")).andExpect(status().isNotFound());
    }
}
