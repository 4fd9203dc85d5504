package vn.ttdn.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * Wrong passwords slow the browser's address down; they never lock the account. The user is one no other browser
 * test signs in as (canbo.khanhhoa); the test waits the short first delay out, so no other test is slowed down.
 * (A holder signing in from another address while this one waits: SignInThrottlingTest, which can set addresses.)
 */
class ThrottlingE2eTest extends BrowserTest {

    private static final String USER = "canbo.khanhhoa";
    private static final String FAILED = "Không đăng nhập được. Kiểm tra tên đăng nhập và mật khẩu; nếu vẫn không"
            + " được, liên hệ quản trị hệ thống.";
    private static final String WAIT = "Có quá nhiều lần đăng nhập không thành công từ máy này. Vui lòng chờ vài"
            + " phút rồi thử lại.";

    private void attempt(String password, String landing) {
        page.navigate("/login");
        page.locator("#username").fill(USER);
        page.locator("#password").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng nhập")).click();
        page.waitForURL(landing);
    }

    @Test
    void afterThreeFreeFailuresTheBrowserMustWaitEvenWithTheRightPasswordThenGetsIn() {
        for (int i = 1; i <= 3; i++) {
            attempt("sai-mat-khau-" + i, "**/login?error");
            assertThat(page.getByRole(AriaRole.ALERT)).hasText(FAILED);
        }
        shot(page, "21-login-wrong-password");

        // The fourth failure starts a delay of 5 seconds: the page says to wait, not whether the password was right.
        long started = System.currentTimeMillis();
        attempt("sai-mat-khau-4", "**/login?error");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(WAIT);
        attempt(PASSWORD, "**/login?throttled");
        assertThat(page.getByRole(AriaRole.ALERT)).hasText(WAIT);
        assertThat(page.locator("nav.navbar")).hasCount(0);
        shot(page, "22-login-throttled");

        page.waitForTimeout(Math.max(0, 5_500 - (System.currentTimeMillis() - started)));
        login(page, USER);
    }
}
