package vn.ttdn.intake.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A text uploaded to intake by the coordinator "dieuphoi", and its review page as she reads it. */
record ReviewPages(MockMvc mvc, UserDetailsService users) {

    long upload(String name, String text) throws Exception {
        String location = mvc.perform(multipart("/intake").file(new MockMultipartFile("file", name,
                        "text/plain", text.getBytes(StandardCharsets.UTF_8)))
                        .with(user(users.loadUserByUsername("dieuphoi"))).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    Document page(long id, String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get("/intake/{id}", id).param("lang", lang)
                        .with(user(users.loadUserByUsername("dieuphoi"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }
}
