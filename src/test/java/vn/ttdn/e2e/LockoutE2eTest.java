package vn.ttdn.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Five wrong passwords in a row lock the account. The user is one no other browser test signs in as
 * (canbo.khanhhoa), so the lock, which lasts 15 minutes, hinders nobody else in the shared database.
 */
class LockoutE2eTest extends BrowserTest {

    private static final String USER = "canbo.khanhhoa";

    private void attempt(String password) {
        page.navigate("/login");
        page.locator("#username").fill(USER);
        page.locator("#password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.waitForURL("**/login?error=*");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        for (int i = 1; i <= 5; i++) {
            attempt("sai-mat-khau-" + i);
            assertThat(page.getByRole(AriaRole.ALERT)).containsText("Tên đăng nhập hoặc mật khẩu không đúng");
        }
        shot(page, "21-login-wrong-password");

        attempt(PASSWORD);
        assertThat(page.getByRole(AriaRole.ALERT)).hasText("Tài khoản đang bị khóa tạm thời do nhập sai mật khẩu "
                + "nhiều lần. Hãy thử lại sau 15 phút hoặc liên hệ quản trị.");
        assertThat(page.locator("nav.navbar")).hasCount(0);
        shot(page, "22-login-locked");

        // Signed out still: a page that needs sign-in sends her back to the login page.
        page.navigate("/my-tasks");
        page.waitForURL("**/login");
        assertThat(page.locator("#username")).isVisible();
    }
}
