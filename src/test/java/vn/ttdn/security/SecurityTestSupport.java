package vn.ttdn.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ttdn.directory.Directory;
import vn.ttdn.planning.Plans;
import vn.ttdn.planning.Tasks;
import vn.ttdn.tracking.Tracking;

/** What the security tests share: the application, the fixtures, signing in as a demo user. */
abstract class SecurityTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Plans plans;
    @Autowired
    Tasks tasks;
    @Autowired
    Tracking tracking;
    @Autowired
    Directory directory;
    @Autowired
    DataSource dataSource;

    Fixtures f;
    JdbcClient jdbc;

    @BeforeAll
    void fixtures() {
        jdbc = JdbcClient.create(dataSource);
        f = new Fixtures(plans, tasks, tracking, directory, users, jdbc).create();
    }

    RequestPostProcessor as(String username) {
        return user(f.principal(username));
    }

    /** The page or JSON at uri, as the user sees it (it must answer 200). */
    String page(String uri, String username) throws Exception {
        return mvc.perform(get(uri).with(as(username))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
