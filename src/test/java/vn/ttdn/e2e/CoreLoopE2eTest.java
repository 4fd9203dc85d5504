package vn.ttdn.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The loop the application exists for, as people do it in a browser: the coordinator writes a plan and gives a task
 * to an agency, the agency's officer finds the task and reports on it with a document, the coordinator sees it.
 */
class CoreLoopE2eTest extends BrowserTest {

    @Test
    void coordinatorPlansAgencyReportsCoordinatorSeesProgress() {
        long n = unique();
        String planTitle = "Kế hoạch thông tin đối ngoại quý III năm 2026 (kiểm thử " + n + ")";
        String taskContent = "Tổ chức hội nghị quảng bá hình ảnh Tuyên Quang với đối tác Hàn Quốc, đợt " + n;
        String narrative = "Đã tổ chức hội nghị ngày 15/8 với 120 đại biểu; gửi kèm báo cáo kết quả.";

        // The coordinator signs in, writes a plan, gives a task to Sở Ngoại vụ and issues the plan.
        page.navigate("/login");
        shot(page, "01-login");
        login(page, "dieuphoi");
        long planId = createPlan(page, planTitle, "02-plan-form");
        shot(page, "03-plan-draft");
        long taskId = addTask(page, planId, taskContent, "Sở Ngoại vụ", "04-task-form");
        assertThat(page.locator("dd").first()).containsText("Sở Ngoại vụ");
        issuePlan(page, planId);
        assertThat(page.locator("#task-table")).containsText(taskContent);
        shot(page, "05-plan-issued");
        logout(page);

        // The agency's officer finds the task in "Việc của tôi", typing without diacritics.
        login(page, "canbo.ngoaivu");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Việc của tôi")).click();
        page.waitForURL("**/my-tasks");
        assertThat(page.locator("h1")).hasText("Việc của tôi");
        Locator search = page.locator("input[type=search][name=q]");
        // She types in two goes, as people do: the list follows each pause, and the address keeps up.
        search.pressSequentially("hoi nghi quang ba", new Locator.PressSequentiallyOptions().setDelay(5));
        page.waitForURL(Pattern.compile(".*/my-tasks\\?.*q=hoi(\\+|%20)nghi(\\+|%20)quang(\\+|%20)ba&.*"));
        assertThat(page.locator("#task-table")).containsText(taskContent);
        search.pressSequentially(" hinh anh tuyen quang voi doi tac han quoc, dot " + n,
                new Locator.PressSequentiallyOptions().setDelay(5));
        page.waitForURL(Pattern.compile(".*/my-tasks\\?.*q=.*" + n + ".*"));
        Locator rows = page.locator("#task-table tbody tr");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText(taskContent);
        assertThat(rows.first()).containsText(planTitle);
        assertThat(search).isFocused();
        assertEquals(1, page.url().split("[?&]q=", -1).length - 1, "one search term in " + page.url());
        shot(page, "06-my-tasks-search");

        // She opens it and reports progress with a real PDF.
        rows.first().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(taskContent)).click();
        page.waitForURL("**/tasks/" + taskId);
        page.locator("#status").selectOption("IN_PROGRESS");
        page.locator("#percent").fill("60");
        page.locator("#narrative").fill(narrative);
        page.locator("#files").setInputFiles(new FilePayload("bao-cao-hoi-nghi.pdf", "application/pdf",
                pdf("Bao cao ket qua hoi nghi " + n)));
        shot(page, "07-task-update-form");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi cập nhật")).click();
        page.waitForURL("**/tasks/" + taskId);
        assertThat(page.locator(".alert-success")).hasText("Đã gửi cập nhật tiến độ.");
        Locator update = page.locator("#updates .list-group-item").first();
        assertThat(update).containsText(narrative);
        assertThat(update).containsText("60%");
        assertThat(update).containsText("Sở Ngoại vụ");
        assertThat(update.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("bao-cao-hoi-nghi.pdf")))
                .isVisible();
        assertThat(page.locator("h1 + div")).containsText("Đang thực hiện");
        shot(page, "08-task-updated");
        logout(page);

        // The coordinator's dashboard shows the update among the latest, the plan's dashboard shows the progress.
        login(page, "dieuphoi");
        page.waitForURL("**/dashboard");
        assertThat(page.locator("h1")).containsText("Tuyên Quang");
        Locator recent = page.locator("#recent-updates li").first();
        assertThat(page.locator("#recent-updates")).containsText(taskContent);
        assertThat(recent).containsText(taskContent);
        assertThat(recent).containsText("Sở Ngoại vụ");
        assertThat(recent).containsText("60%");
        shot(page, "09-province-dashboard");

        page.navigate("/plans/" + planId);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tổng quan tiến độ")).click();
        page.waitForURL("**/dashboard/plan/" + planId);
        assertThat(page.locator("h1")).containsText(planTitle);
        Locator stats = page.locator(".stat");
        assertThat(stats.nth(0)).hasText("1");   // tasks
        assertThat(stats.nth(2)).hasText("1");   // in progress
        assertThat(stats.nth(3)).hasText("0");   // not started
        assertThat(stats.nth(5)).hasText("60%"); // average progress
        assertThat(page.locator("#recent-updates")).containsText(taskContent);
        shot(page, "10-plan-dashboard");
    }
}
