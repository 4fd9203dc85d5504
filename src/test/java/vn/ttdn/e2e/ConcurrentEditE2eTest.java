package vn.ttdn.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Two people, or one person in two windows, editing the same task: the later save must not overwrite silently. */
class ConcurrentEditE2eTest extends BrowserTest {

    @Test
    void theSecondSaveIsToldOfTheConflictAndKeepsWhatSheTyped() {
        login(page, "dieuphoi");
        long planId = createPlan(page, "Kế hoạch kiểm thử sửa đồng thời " + unique(), null);
        String original = "Biên soạn tài liệu giới thiệu tỉnh bằng tiếng Anh";
        long taskId = addTask(page, planId, original, "Sở Ngoại vụ", null);

        BrowserContext secondWindow = newContext(new Browser.NewContextOptions());
        Page second = secondWindow.newPage();
        login(second, "dieuphoi");

        // Both open the edit form of the same version.
        page.navigate("/tasks/" + taskId + "/edit");
        second.navigate("/tasks/" + taskId + "/edit");
        assertThat(page.locator("#content")).hasValue(original);
        assertThat(second.locator("#content")).hasValue(original);

        // The first saves.
        String first = original + " và tiếng Hàn";
        page.locator("#content").fill(first);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        page.waitForURL(Pattern.compile(".*/tasks/" + taskId + "$"));
        assertThat(page.locator(".alert-success")).hasText("Đã lưu nhiệm vụ.");
        assertThat(page.locator("h1")).hasText(first);

        // The second saves what she typed over the old version: refused, her text kept, the new one shown.
        String hers = original + ", tiếng Trung và tiếng Nhật";
        second.locator("#content").fill(hers);
        second.locator("#timeframeText").fill("Trước 30/9/2026");
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        assertThat(second.locator(".alert-danger[role=alert]")).containsText("vừa được người khác sửa");
        assertThat(second.locator("#content")).hasValue(hers);
        assertThat(second.locator("#timeframeText")).hasValue("Trước 30/9/2026");
        assertThat(second.locator(".alert-secondary")).containsText(first);
        assertThat(second.locator("h1")).hasText("Sửa nhiệm vụ");
        shot(second, "15-task-edit-conflict");

        // Having seen the current version she saves again, and this time it goes through.
        second.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        second.waitForURL(Pattern.compile(".*/tasks/" + taskId + "$"));
        assertThat(second.locator("h1")).hasText(hers);
    }
}
