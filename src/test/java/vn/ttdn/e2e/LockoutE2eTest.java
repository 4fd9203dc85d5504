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
        page.waitForURL("**/login?error");
    }

    private static final String ONE_MESSAGE = "Không đăng nhập được. Kiểm tra tên đăng nhập và mật khẩu; sau 5 lần sai"
            + " liên tiếp phải chờ 15 phút mới thử lại được. Nếu vẫn không được, liên hệ quản trị hệ thống.";

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOneAndEveryFailureReadsTheSame() {
        for (int i = 1; i <= 5; i++) {
            attempt("sai-mat-khau-" + i);
            assertThat(page.getByRole(AriaRole.ALERT)).hasText(ONE_MESSAGE);
        }
        shot(page, "21-login-wrong-password");

        // Locked now: the right password is refused with the same words, so a stranger learns nothing.
        attempt(PASSWORD);
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(ONE_MESSAGE);
        assertThat(page.locator("nav.navbar")).hasCount(0);
        shot(page, "22-login-locked");

        // Signed out still: a page that needs sign-in sends her back to the login page.
        page.navigate("/my-tasks");
        page.waitForURL("**/login");
        assertThat(page.locator("#username")).isVisible();
    }
}
