package vn.ttdn.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a person sees when she types something wrong, or something hostile. */
class BadInputE2eTest extends BrowserTest {

    /** Every alert, confirm or prompt a page opens: a script that ran where text should have been. */
    private final List<String> dialogs = new CopyOnWriteArrayList<>();

    @BeforeEach
    void watchDialogs() {
        context.onPage(p -> p.onDialog(d -> {
            dialogs.add(d.type() + ": " + d.message());
            d.dismiss();
        }));
        page.onDialog(d -> {
            dialogs.add(d.type() + ": " + d.message());
            d.dismiss();
        });
    }

    @Test
    void emptyTaskContentIsRefusedBesideTheFieldAndTheRestIsKept() {
        login(page, "dieuphoi");
        long planId = createPlan(page, "Kế hoạch kiểm thử nhập sai " + unique(), null);
        page.navigate("/plans/" + planId + "/tasks/new");
        page.locator("#ref").fill("II.3");
        page.locator("#content").fill("   ");
        chooseAgencies(page, "lead", "Sở Ngoại vụ");
        chooseAgencies(page, "coordinating", "Công an tỉnh");
        page.locator("#timeframeKind").selectOption("WITHIN_QUARTER");
        page.locator("#timeframeText").fill("Quý III năm 2026");
        page.locator("#expectedOutput").fill("Báo cáo kết quả gửi Sở Ngoại vụ");
        page.locator("#budgetEstimate").fill("15000000");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();

        // Still on the form, the message under the field, everything else as she typed it.
        assertThat(page.locator("#content")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(feedbackOf(page, "content")).isVisible();
        assertThat(feedbackOf(page, "content")).hasText("Nhập nội dung nhiệm vụ.");
        assertThat(page.locator("#ref")).hasValue("II.3");
        assertThat(page.locator("#timeframeKind")).hasValue("WITHIN_QUARTER");
        assertThat(page.locator("#timeframeText")).hasValue("Quý III năm 2026");
        assertThat(page.locator("#expectedOutput")).hasValue("Báo cáo kết quả gửi Sở Ngoại vụ");
        assertThat(page.locator("#budgetEstimate")).hasValue(Pattern.compile("^15000000(\\.0+)?$"));
        assertThat(page.locator("#lead option:checked")).hasText("Sở Ngoại vụ");
        assertThat(page.locator("#coordinating option:checked")).hasText("Công an tỉnh");
        assertThat(page.locator(".invalid-feedback:visible")).hasCount(1);
        // The message belongs to its field for assistive technology, and the focus is there to correct it.
        assertThat(page.locator("#content")).hasAttribute("aria-invalid", "true");
        assertThat(page.locator("#content")).hasAccessibleDescription("Nhập nội dung nhiệm vụ.");
        assertThat(page.locator("#content")).isFocused();
        shot(page, "11-task-form-empty-content");

        // Filling the content in is enough to save.
        page.locator("#content").fill("Cập nhật trang thông tin đối ngoại của tỉnh");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        page.waitForURL(Pattern.compile(".*/tasks/\\d+$"));
        assertThat(page.locator("h1")).hasText("Cập nhật trang thông tin đối ngoại của tỉnh");
        assertEquals(List.of(), dialogs);
    }

    @Test
    void markupTypedIntoTextFieldsIsShownAsTextAndNeverRuns() {
        String script = "<script>alert(1)</script>";
        String planTitle = "Kế hoạch " + script + " kiểm thử " + unique();
        String content = script + "<img src=x onerror=alert(2)> Nhiệm vụ có <b>thẻ HTML</b>";
        login(page, "dieuphoi");
        long planId = createPlan(page, planTitle, null);
        long taskId = addTask(page, planId, content, "Sở Ngoại vụ", null);

        // The task page shows exactly what was typed, as text.
        assertThat(page.locator("h1")).hasText(content);
        assertThat(page.locator("main script")).hasCount(0);
        assertThat(page.locator("main img[src=x]")).hasCount(0);
        assertThat(page.locator("main h1 b")).hasCount(0);
        shot(page, "12-task-with-markup");

        // So do the plan's page, the list of plans and the search that finds it.
        page.navigate("/plans/" + planId);
        assertThat(page.locator("h1")).hasText(planTitle);
        assertThat(page.locator("#task-table")).containsText(content);
        page.navigate("/plans");
        page.locator("input[type=search][name=q]").first().fill("script");
        page.locator("input[type=search][name=q]").first().press("Enter");
        assertThat(page.locator("main")).containsText(planTitle);
        assertThat(page.locator("main script")).hasCount(0);
        shot(page, "13-plans-with-markup");

        page.navigate("/tasks/" + taskId + "/edit");
        assertThat(page.locator("#content")).hasValue(content);
        assertEquals(List.of(), dialogs, "no script typed by a user may run");
    }

    @Test
    void aProgramRenamedToPdfIsRefusedBesideTheFileInputAndTheNarrativeIsKept() {
        // The coordinator gives Công an tỉnh a task in an issued plan.
        login(page, "dieuphoi");
        long planId = createPlan(page, "Kế hoạch kiểm thử tệp " + unique(), null);
        long taskId = addTask(page, planId, "Rà soát thông tin về tỉnh trên mạng xã hội", "Công an tỉnh", null);
        issuePlan(page, planId);

        // The police's officer, in her own browser, reports with a file that is a program in disguise.
        BrowserContext officer = newContext(new Browser.NewContextOptions());
        Page p = officer.newPage();
        p.onDialog(d -> {
            dialogs.add(d.message());
            d.dismiss();
        });
        login(p, "canbo.congan");
        p.navigate("/tasks/" + taskId);
        String narrative = "Đã rà soát 35 trang, phát hiện 2 tin sai lệch, đã đề nghị gỡ bỏ.";
        p.locator("#status").selectOption("IN_PROGRESS");
        p.locator("#percent").fill("40");
        p.locator("#narrative").fill(narrative);
        p.locator("#files").setInputFiles(new FilePayload("bao-cao-ra-soat.pdf", "application/pdf",
                windowsProgram()));
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi cập nhật")).click();

        assertThat(p.locator("#files")).hasClass(Pattern.compile("\\bis-invalid\\b"));
        assertThat(feedbackOf(p, "files")).isVisible();
        assertThat(feedbackOf(p, "files")).containsText("bao-cao-ra-soat.pdf");
        assertThat(feedbackOf(p, "files")).containsText("không đúng với phần mở rộng .pdf");
        assertThat(p.locator("#narrative")).hasValue(narrative);
        assertThat(p.locator("#percent")).hasValue("40");
        assertThat(p.locator("#status")).hasValue("IN_PROGRESS");
        assertThat(p.locator("#updates")).containsText("Chưa có cập nhật nào.");
        shot(p, "14-update-exe-refused");

        // A real PDF then goes through, with the narrative she did not have to type again.
        p.locator("#files").setInputFiles(new FilePayload("bao-cao-ra-soat.pdf", "application/pdf",
                pdf("Bao cao ra soat")));
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi cập nhật")).click();
        assertThat(p.locator(".alert-success")).hasText("Đã gửi cập nhật tiến độ.");
        assertThat(p.locator("#updates .list-group-item").first()).containsText(narrative);
        assertTrue(p.locator("#updates a").first().textContent().contains("bao-cao-ra-soat.pdf"));
        assertEquals(List.of(), dialogs);
    }

    @Test
    void aFileOverTheEvidenceLimitIsRefusedBesideTheFieldAndTheTextIsKept() {
        login(page, "dieuphoi");
        long planId = createPlan(page, "Kế hoạch kiểm thử tệp lớn " + unique(), null);
        long taskId = addTask(page, planId, "Tổng hợp ảnh hoạt động đối ngoại", "Công an tỉnh", null);
        issuePlan(page, planId);
        BrowserContext officer = newContext(new Browser.NewContextOptions());
        Page p = officer.newPage();
        login(p, "canbo.congan");
        p.navigate("/tasks/" + taskId);
        String narrative = "Đã tổng hợp ảnh của 12 hoạt động.";
        p.locator("#narrative").fill(narrative);
        p.locator("#files").setInputFiles(new FilePayload("anh-hoat-dong.pdf", "application/pdf",
                padded(15 * 1024 * 1024)));
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi cập nhật")).click();
        assertThat(feedbackOf(p, "files")).containsText("anh-hoat-dong.pdf");
        assertThat(feedbackOf(p, "files")).containsText("10 MB");
        assertThat(p.locator("#narrative")).hasValue(narrative);
    }

    @Test
    void anUploadBeyondEveryLimitGetsAVietnamesePageInTheLayout() {
        login(page, "dieuphoi");
        long planId = createPlan(page, "Kế hoạch kiểm thử tệp lớn " + unique(), null);
        long taskId = addTask(page, planId, "Lưu trữ video phóng sự", "Công an tỉnh", null);
        issuePlan(page, planId);
        BrowserContext officer = newContext(new Browser.NewContextOptions());
        Page p = officer.newPage();
        login(p, "canbo.congan");
        p.navigate("/tasks/" + taskId);
        p.locator("#narrative").fill("Video phóng sự");
        p.locator("#files").setInputFiles(new FilePayload("phong-su.pdf", "application/pdf", padded(25 * 1024 * 1024)));
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi cập nhật")).click();
        assertThat(p.locator(".alert-warning")).containsText("Tệp gửi lên quá lớn");
        assertThat(p.locator(".alert-warning")).containsText("mỗi tệp 10 MB");
        assertThat(p.locator("nav")).isVisible();
        assertThat(p.locator("body")).not().containsText("HTTP Status");
        shot(p, "15-upload-too-large");
    }

    private static byte[] padded(int size) {
        byte[] content = new byte[size];
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        return content;
    }
}
