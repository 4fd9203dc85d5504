package vn.ttdn.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.ttdn.identity.PasswordPolicy.Rule;

/** NIST SP 800-63B: length counts, composition does not; common, breached and own-name passwords are refused. */
class PasswordPolicyTest {

    static Optional<Rule> broken(String password) {
        return PasswordPolicy.brokenRule(password, "canbo.khanhhoa");
    }

    @Test
    void tenCharactersOfAnyKindAreEnoughWithoutRulesOfComposition() {
        assertThat(broken("hoa sen nở muộn")).isEmpty();
        assertThat(broken("chimcanhcutxanh")).isEmpty();
        assertThat(broken("ngắn quá")).contains(Rule.TOO_SHORT);
        assertThat(broken(null)).contains(Rule.TOO_SHORT);
    }

    @Test
    void lengthIsCountedInCharactersAfterNfcNotInCodeUnitsOrCombiningMarks() {
        // "ắ" typed as a + breve + acute is three code points but one character after NFC.
        String decomposed = "a\u0306\u0301".repeat(8) + "x";
        assertThat(decomposed.length()).isEqualTo(25);
        assertThat(broken(decomposed)).contains(Rule.TOO_SHORT);
        assertThat(broken("a\u0306\u0301".repeat(10))).isEmpty();
        assertThat(broken("𝄞".repeat(128))).isEmpty();
    }

    @Test
    void upTo128CharactersAreAllowedAndALongerOneIsToldAboutTheMaximum() {
        assertThat(broken("lá".repeat(64))).isEmpty();
        assertThat(broken("x".repeat(129))).contains(Rule.TOO_LONG);
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "Cay-xanh-".repeat(22) + "abc", "an"))
                .isInstanceOf(PasswordRefused.class)
                .hasMessage("Mật khẩu dài tối đa 128 ký tự.");
    }

    @Test
    void whiteSpaceDoesNotCountTowardsTheMinimum() {
        assertThat(broken(" ".repeat(10) + "1a")).contains(Rule.TOO_SHORT);
        assertThat(broken("\t\u00a0\u3000".repeat(4) + "abcdefghi")).contains(Rule.TOO_SHORT);
    }

    @Test
    void commonAndBreachedPasswordsAreRefusedWhateverTheirCase() {
        assertThat(broken("Password123")).contains(Rule.COMMON);
        assertThat(broken("QWERTYUIOP")).contains(Rule.COMMON);
        assertThat(broken("1234567890")).contains(Rule.COMMON);
        assertThat(broken("iloveyou2026!")).contains(Rule.COMMON);
        assertThat(broken("Football1234")).contains(Rule.COMMON);
    }

    @Test
    void aPasswordContainingTheUserNameIsRefused() {
        assertThat(broken("canbo.khanhhoa1")).contains(Rule.CONTAINS_USERNAME);
        assertThat(broken("CANBO.KHANHHOA")).contains(Rule.CONTAINS_USERNAME);
        assertThat(broken("Canbo-Khanhhoa-2026")).contains(Rule.CONTAINS_USERNAME);
        assertThat(PasswordPolicy.brokenRule("canbo.khanhhoa1", null)).isEmpty();
    }

    @Test
    void eachRuleHasItsOwnMessageKey() {
        assertThatThrownBy(() -> PasswordPolicy.check("newPassword", "Password123", "an.nguyen"))
                .isInstanceOfSatisfying(PasswordRefused.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("password.common");
                    assertThat(e.field()).isEqualTo("newPassword");
                    assertThat(e.getMessage()).contains("quá phổ biến");
                });
        assertThat(java.util.Arrays.stream(Rule.values()).map(Rule::key).distinct()).hasSize(Rule.values().length);
    }
}
