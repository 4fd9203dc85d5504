package vn.ttdn.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ttdn.TtdnTest;

/** The audit log speaks the reader's language: no raw codes in its filters or rows, and it says which province. */
@TtdnTest
class AuditLabelsTest {

    /** Every literal code the application writes to the audit log, and the reorganisation kinds it passes on. */
    private static final Pattern RECORD = Pattern.compile("audit\\.record\\(\\s*\"([A-Z_]+)\",\\s*\"(\\w+)\"");
    private static final List<String> REORGANISATION_KINDS = List.of("MERGE", "RENAME", "SPLIT", "DISSOLVE");

    @Autowired MockMvc mvc;
    @Autowired UserDetailsService users;
    @Autowired MessageSource messages;

    @Test
    void everyActionAndRecordTypeWrittenToTheLogHasAVietnameseAndAnEnglishLabel() throws IOException {
        Set<String> keys = new TreeSet<>();
        REORGANISATION_KINDS.forEach(k -> keys.add("audit.action." + k));
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = RECORD.matcher(Files.readString(file));
                while (m.find()) {
                    keys.add("audit.action." + m.group(1));
                    keys.add("audit.entity." + m.group(2));
                }
            }
        }
        assertThat(keys).contains("audit.action.LINK_CITATIONS", "audit.entity.IntakeDocument");
        Properties english = englishBundles();
        for (String key : keys) {
            assertThat(messages.getMessage(key, null, null, Locale.forLanguageTag("vi"))).as(key).isNotNull();
            assertThat(english.getProperty(key)).as(key + " in English").isNotNull();
        }
    }

    @Test
    void theFiltersAndRowsShowLabelsNotCodesAndEachRowItsProvince() throws Exception {
        Document vi = page("vi");
        assertThat(options(vi, "entityType")).isNotEmpty().allMatch(o -> !o.text().equals(o.val()));
        assertThat(options(vi, "action")).isNotEmpty().allMatch(o -> !o.text().equals(o.val()));
        assertThat(options(vi, "entityType").stream().map(Element::text)).contains("Văn bản viện dẫn");
        assertThat(vi.select("td.audit-province").eachText()).contains("Tuyên Quang");
        Document en = page("en");
        assertThat(options(en, "entityType").stream().map(Element::text)).contains("Cited document");
        assertThat(options(en, "action")).allMatch(o -> !o.text().equals(o.val()));
        assertThat(en.select("th").eachText()).contains("Province");
    }

    private Document page(String lang) throws Exception {
        return Jsoup.parse(mvc.perform(get("/admin/audit").param("size", "200").param("lang", lang)
                        .with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    private static List<Element> options(Document page, String name) {
        return page.select("select[name=" + name + "] option").stream().filter(o -> !o.val().isEmpty()).toList();
    }

    private static Properties englishBundles() throws IOException {
        Properties english = new Properties();
        for (String bundle : List.of("/messages_en.properties", "/i18n/identity_en.properties")) {
            try (InputStream in = AuditLabelsTest.class.getResourceAsStream(bundle)) {
                english.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
        }
        return english;
    }
}
