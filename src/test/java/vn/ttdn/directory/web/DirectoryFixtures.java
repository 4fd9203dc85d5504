package vn.ttdn.directory.web;

import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;
import vn.ttdn.directory.AgencyForm;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.ProvinceView;
import vn.ttdn.identity.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** The demo directory as tests need it: provinces and agencies by name, fresh agencies that no other test touches. */
final class DirectoryFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Directory directory;
    private final UserDetailsService users;

    DirectoryFixtures(Directory directory, UserDetailsService users) {
        this.directory = directory;
        this.users = users;
    }

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    long province(String name) {
        return directory.provinces().stream().filter(p -> p.name().equals(name)).map(ProvinceView::id)
                .findFirst().orElseThrow();
    }

    AgencyView agency(String provinceName, String fullName) {
        return directory.agencies(province(provinceName), true).stream()
                .filter(a -> a.fullName().equals(fullName)).findFirst().orElseThrow();
    }

    /** A new department of the province, named uniquely after the given stem. */
    AgencyView freshAgency(String provinceName, String stem) {
        String name = stem + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
        long id = SystemUser.call(() -> directory.createAgency(
                AgencyForm.of(province(provinceName), AgencyKind.DEPARTMENT, name, null)));
        return directory.agency(id);
    }

    /** The page, read as a browser shows it (Thymeleaf writes "đã" as "đ&atilde;" in attributes), contains the text. */
    static ResultMatcher shows(String text) {
        return result -> assertThat(HtmlUtils.htmlUnescape(result.getResponse().getContentAsString())).contains(text);
    }

    static String unique(String stem) {
        return stem + " " + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100_000;
    }
}
