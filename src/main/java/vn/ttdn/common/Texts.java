package vn.ttdn.common;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The Vietnamese text of a message key, without a Spring context: a refusal's {@code getMessage()} is Vietnamese
 * (logs, the command line, tests) while pages and the API resolve its key in the reader's language. The bundles are
 * those of {@code spring.messages.basename}; a string that is no key is its own text.
 */
public final class Texts {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    private static final ResourceBundleMessageSource BUNDLES = bundles();

    private Texts() {
    }

    public static String vietnamese(String keyOrText, Object... arguments) {
        if (keyOrText == null) {
            return null;
        }
        return BUNDLES.getMessage(keyOrText, arguments, keyOrText, VIETNAMESE);
    }

    private static ResourceBundleMessageSource bundles() {
        Properties application = new Properties();
        try (InputStream in = Texts.class.getResourceAsStream("/application.properties")) {
            if (in != null) {
                application.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasenames(application.getProperty("spring.messages.basename", "messages").split("\\s*,\\s*"));
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return bundles;
    }
}
