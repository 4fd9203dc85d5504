package vn.ttdn.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.Media;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** In the browser (issue 7): the file picker a keyboard reaches and that names the files, a plan on paper. */
class PrintAndFilePickerE2eTest extends BrowserTest {

    @Test
    void theFilePickerIsReachedByKeyboardAndNamesTheChosenFiles() {
        login(page, "canbo.ngoaivu");
        page.waitForURL("**/my-tasks");
        page.locator("#task-table td.task-content a").first().click();
        page.waitForURL(Pattern.compile(".*/tasks/\\d+$"));
        Locator button = page.locator("label.file-picker-button[for=files]");
        assertThat(button).isVisible();
        assertThat(button).hasText("Chọn tệp");
        assertThat(page.locator("#files-chosen")).hasText("Chưa chọn tệp");

        // From the narrative, Tab lands on the file input itself; its label shows the focus.
        page.locator("#narrative").focus();
        page.keyboard().press("Tab");
        assertEquals("files", page.evaluate("() => document.activeElement.id"));
        assertEquals("solid", button.evaluate("b => getComputedStyle(b).outlineStyle"));

        page.locator("#files").setInputFiles(new FilePayload[] {
                new FilePayload("bien-ban.pdf", "application/pdf", pdf("Bien ban")),
                new FilePayload("anh-hoi-nghi.pdf", "application/pdf", pdf("Anh hoi nghi"))});
        assertThat(page.locator("#files-chosen")).hasText("bien-ban.pdf, anh-hoi-nghi.pdf");
        shot(page, "30-file-picker");
    }

    @Test
    void aPlanOnPaperShowsItsHeadingAndWholeTasksAndTheFaviconIsThere() {
        login(page, "dieuphoi");
        page.navigate("/plans?q=cong+tac+thong+tin+doi+ngoai+nam+2025");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("CÔNG TÁC THÔNG TIN ĐỐI NGOẠI NĂM 2025").setExact(true)).first().click();
        page.waitForURL(Pattern.compile(".*/plans/\\d+$"));
        Locator heading = page.locator(".print-heading");
        assertThat(heading).isHidden();

        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        page.evaluate("() => window.dispatchEvent(new Event('beforeprint'))");
        assertThat(heading).isVisible();
        assertThat(heading).containsText("Danh sách nhiệm vụ");
        assertThat(heading.locator(".print-time")).hasText(Pattern.compile("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}"));
        // No task is cut on paper: every content link shows all of its lines.
        Object clipped = page.evaluate("() => [...document.querySelectorAll('.task-clamp')]"
                + ".filter(a => a.scrollHeight > a.clientHeight + 1 && getComputedStyle(a).overflow === 'hidden').length");
        assertEquals(0, ((Number) clipped).intValue());
        shot(page, "31-plan-printed");
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));

        page.locator("a[href$='/print']").click();
        page.waitForURL(Pattern.compile(".*/plans/\\d+/print$"));
        assertThat(page.locator(".print-heading")).isVisible();
        assertTrue(page.locator("tr.section-row").count() > 0, "the seed plan's sections head its tasks");
        shot(page, "32-plan-print-view");

        APIResponse icon = page.request().get("/favicon.ico");
        assertEquals(200, icon.status());
        assertTrue(icon.headers().get("content-type").startsWith("image/"));
    }

    /**
     * The pages this issue changed, as the site crawl checks every page (status, times in the province's zone, one
     * language, axe-core WCAG 2.1 AA), in both languages.
     */
    @Test
    void theChangedPagesHoldUpInBothLanguages() {
        // As the crawl does: the page's policy would refuse the axe-core script added to it.
        Page page = newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBypassCSP(true)).newPage();
        login(page, "dieuphoi");
        page.navigate("/intake");
        page.locator("#file").setInputFiles(new FilePayload("ke-hoach-khanh-hoa.txt", "text/plain", String.join("\n",
                "ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA", "Số: 78/KH-UBND", "Khánh Hòa, ngày 12 tháng 1 năm 2026",
                "KẾ HOẠCH", "Công tác thông tin đối ngoại năm 2026", "I. MỤC ĐÍCH, YÊU CẦU",
                "1. Tuyên truyền về tiềm năng du lịch.", "Cơ quan chủ trì: Sở Ngoại vụ", "").getBytes(StandardCharsets.UTF_8)));
        page.locator("form[action$='/intake'] button").click();
        page.waitForURL(Pattern.compile(".*/intake/\\d+$"));
        assertThat(page.locator("#other-province")).isVisible();
        String review = page.url().substring(base().length());
        page.navigate("/plans?q=cong+tac+thong+tin+doi+ngoai+nam+2025");
        page.getByRole(com.microsoft.playwright.options.AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("CÔNG TÁC THÔNG TIN ĐỐI NGOẠI NĂM 2025").setExact(true)).first().click();
        page.waitForURL(Pattern.compile(".*/plans/\\d+$"));
        String plan = page.url().substring(base().length());
        List<String> problems = new ArrayList<>();
        for (String lang : List.of("vi", "en")) {
            PageChecks checks = new PageChecks(lang);
            for (String uri : List.of(plan, plan + "/print", "/intake", review, "/documents", "/admin/audit")) {
                com.microsoft.playwright.Response response = page.navigate(uri + "?lang=" + lang);
                checks.of(page, response).forEach(p -> problems.add(uri + " (" + lang + "): " + p));
            }
        }
        BrowserContext officer = newContext(new com.microsoft.playwright.Browser.NewContextOptions().setBypassCSP(true));
        Page o = officer.newPage();
        login(o, "canbo.ngoaivu");
        o.waitForURL("**/my-tasks");
        o.locator("#task-table td.task-content a").first().click();
        o.waitForURL(Pattern.compile(".*/tasks/\\d+$"));
        String task = o.url().substring(base().length());
        for (String lang : List.of("vi", "en")) {
            com.microsoft.playwright.Response response = o.navigate(task + "?lang=" + lang);
            new PageChecks(lang).of(o, response).forEach(p -> problems.add(task + " (" + lang + "): " + p));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
