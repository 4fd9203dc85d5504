package vn.ttdn.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * NIST SP 800-63B: long enough, not too long to hash, not common or breached, not the user name; no rules of
 * composition (a letter and a digit), which make passwords harder to remember but not harder to guess.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    private static final String COMMON_LIST = "/identity/common-passwords.txt";
    private static final Set<String> COMMON = load();

    /** What a refused password broke, with its message key and the Vietnamese words shown by default. */
    public enum Rule {
        TOO_SHORT("password.tooShort", "Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự (không kể dấu cách).",
                MIN_LENGTH),
        TOO_LONG("password.tooLong", "Mật khẩu dài tối đa " + MAX_LENGTH + " ký tự.", MAX_LENGTH),
        CONTAINS_USERNAME("password.containsUsername", "Mật khẩu không được chứa tên đăng nhập."),
        COMMON("password.common", "Mật khẩu này quá phổ biến hoặc đã bị lộ trong các vụ rò rỉ dữ liệu; "
                + "hãy chọn mật khẩu khác, ví dụ một câu ngắn dễ nhớ.");

        private final String key;
        private final String vietnamese;
        private final Object[] arguments;

        Rule(String key, String vietnamese, Object... arguments) {
            this.key = key;
            this.vietnamese = vietnamese;
            this.arguments = arguments;
        }

        public String key() {
            return key;
        }

        public String vietnamese() {
            return vietnamese;
        }

        public Object[] arguments() {
            return arguments.clone();
        }
    }

    private PasswordPolicy() {
    }

    /** For a password with no user name to compare with (the demo data's shared one). */
    public static void check(String field, String password) {
        check(field, password, null);
    }

    public static void check(String field, String password, String username) {
        Optional<Rule> broken = brokenRule(password, username);
        if (broken.isPresent()) {
            throw new PasswordRefused(field, broken.get());
        }
    }

    /** The first rule the password breaks, if any. */
    public static Optional<Rule> brokenRule(String password, String username) {
        String text = password == null ? "" : Normalizer.normalize(password, Normalizer.Form.NFC);
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            return Optional.of(Rule.TOO_LONG);
        }
        // Spaces count as characters for NIST, but "          1a" is a two-character password in disguise: only
        // the characters other than white space count towards the minimum.
        if (text.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).count()
                < MIN_LENGTH) {
            return Optional.of(Rule.TOO_SHORT);
        }
        String folded = text.toLowerCase(Locale.ROOT);
        if (containsUsername(folded, username)) {
            return Optional.of(Rule.CONTAINS_USERNAME);
        }
        if (isCommon(folded)) {
            return Optional.of(Rule.COMMON);
        }
        return Optional.empty();
    }

    /** The name as typed, and without its dots and dashes ("canbo.khanhhoa" in "CanboKhanhhoa1"). */
    private static boolean containsUsername(String folded, String username) {
        if (username == null || username.strip().length() < 3) {
            return false;
        }
        String name = username.strip().toLowerCase(Locale.ROOT);
        String bare = name.replaceAll("[^\\p{L}\\p{N}]", "");
        String foldedBare = folded.replaceAll("[^\\p{L}\\p{N}]", "");
        return folded.contains(name) || (bare.length() >= 3 && foldedBare.contains(bare));
    }

    /** In the list as it is, or a listed word with digits and signs added at its end ("Password123!"). */
    private static boolean isCommon(String folded) {
        if (COMMON.contains(folded)) {
            return true;
        }
        String stem = folded.replaceFirst("[\\p{N}\\p{P}\\p{S}\\s]+$", "");
        return !stem.isEmpty() && COMMON.contains(stem);
    }

    private static Set<String> load() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(COMMON_LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + COMMON_LIST);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(line -> !line.startsWith("# ") && !line.isBlank())
                    .forEach(line -> words.add(line.strip().toLowerCase(Locale.ROOT)));
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
