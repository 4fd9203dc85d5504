package vn.ttdn.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every text has both languages, and the web layer writes no Vietnamese of its own: its words come from the
 * bundles, resolved in the reader's language.
 */
class MessagesCompleteTest {

    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");
    private static final Pattern VIETNAMESE = Pattern.compile("[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợ"
            + "ùúủũụưừứửữựỳýỷỹỵđ]", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Not UI text: documentation of the JSON API (OpenAPI), and the start-up line in the log (bilingual on purpose). */
    private static final Pattern ALLOWED = Pattern.compile("@(?:Operation|Tag|Schema)\\((?:[^()]|\\([^()]*\\))*\\)"
            + "|log\\.info\\(\"TTĐN đã sẵn sàng[^;]*;|\\? \" Tài khoản mẫu / demo accounts[^\\n]*");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "i18n/directory", "i18n/identity", "i18n/intake", "i18n/planning",
            "i18n/tracking"})
    void everyKeyHasBothLanguages(String bundle) {
        Set<String> vietnamese = keys(bundle + ".properties");
        Set<String> english = keys(bundle + "_en.properties");
        assertThat(new TreeSet<>(difference(vietnamese, english))).as("keys of %s without English", bundle).isEmpty();
        assertThat(new TreeSet<>(difference(english, vietnamese))).as("keys of %s only in English", bundle).isEmpty();
    }

    @Test
    void theWebLayerAndTheTaskExportWriteNoVietnamese() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(MessagesCompleteTest::isChecked).toList()) {
                String code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
                code = ALLOWED.matcher(code).replaceAll("");
                Matcher m = STRING.matcher(code);
                while (m.find()) {
                    if (VIETNAMESE.matcher(m.group()).find()) {
                        found.add(file + ": " + m.group());
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsVietnameseInCode() {
        String code = withoutComments("/** Việc của tôi */ String a = \"Đã lưu.\"; // ghi chú\n");
        Matcher m = STRING.matcher(code);
        assertThat(m.find()).isTrue();
        assertThat(VIETNAMESE.matcher(m.group()).find()).isTrue();
        assertThat(code).doesNotContain("Việc").doesNotContain("ghi chú");
    }

    private static boolean isChecked(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.endsWith(".java") && (path.contains("/web/") || path.endsWith("/planning/TaskExport.java"));
    }

    /** Comments may be Vietnamese (they quote the UI); string literals inside them do not count. */
    private static String withoutComments(String code) {
        return code.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)//.*$", "");
    }

    private static Set<String> keys(String resource) {
        Properties properties = new Properties();
        try (InputStream in = MessagesCompleteTest.class.getResourceAsStream("/" + resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Set<String> keys = new TreeSet<>();
        for (Map.Entry<Object, Object> e : properties.entrySet()) {
            keys.add((String) e.getKey());
        }
        return keys;
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }
}
