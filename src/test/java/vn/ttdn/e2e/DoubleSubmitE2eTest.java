package vn.ttdn.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** An officer who double-clicks "Gửi cập nhật", or whose browser sends the form twice, gets one progress update. */
class DoubleSubmitE2eTest extends BrowserTest {

    private long taskId;

    /** A task of an issued plan led by Sở Ngoại vụ, given by the coordinator; its officer signed in elsewhere. */
    @BeforeEach
    void taskOfTheOfficer() {
        login(page, "dieuphoi");
        long planId = createPlan(page, "Kế hoạch kiểm thử gửi hai lần " + unique(), null);
        taskId = addTask(page, planId, "Phát hành bản tin đối ngoại số " + unique(), "Sở Ngoại vụ", null);
        issuePlan(page, planId);
        page = newContext(new Browser.NewContextOptions()).newPage();
        login(page, "canbo.ngoaivu");
        page.navigate("/tasks/" + taskId);
    }

    private Locator updatesSaying(String narrative) {
        return page.locator("#updates .list-group-item").filter(new Locator.FilterOptions().setHasText(narrative));
    }

    @Test
    void aDoubleClickOnTheSubmitButtonPostsOneUpdate() {
        String narrative = "Đã phát hành bản tin lần " + unique();
        page.locator("#percent").fill("40");
        page.locator("#narrative").fill(narrative);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi cập nhật")).dblclick();

        page.waitForURL(Pattern.compile(".*/tasks/" + taskId + "$"));
        assertThat(page.locator(".alert-success")).containsText("Đã gửi cập nhật tiến độ.");
        assertThat(updatesSaying(narrative)).hasCount(1);
        // Back on the page with the form, its button works again.
        page.goBack();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Gửi cập nhật")))
                .isEnabled();
    }

    @Test
    void theSameFormSentTwiceWithItsFileIsOneUpdateAndBothAnswersLeadToTheTask() {
        // What a browser without the page's script sends on a double click: the form's fields twice, same id.
        Locator form = page.locator("form[action$='/tasks/" + taskId + "/updates']");
        String csrf = form.locator("input[name=_csrf]").inputValue();
        String submission = form.locator("input[name=_submission]").inputValue();
        String narrative = "Gửi kèm báo cáo lần " + unique();
        byte[] report = pdf("Bao cao ban tin doi ngoai");

        for (int i = 0; i < 2; i++) {
            APIResponse answer = page.request().post("/tasks/" + taskId + "/updates", RequestOptions.create()
                    .setMaxRedirects(0)
                    .setMultipart(FormData.create().set("_csrf", csrf).set("_submission", submission)
                            .set("status", "IN_PROGRESS").set("percent", "60").set("narrative", narrative)
                            .set("files", new FilePayload("bao-cao.pdf", "application/pdf", report))));
            assertThat(answer.status()).as("send " + (i + 1)).isEqualTo(302);
            assertThat(answer.headers().get("location")).endsWith("/tasks/" + taskId);
        }

        page.navigate("/tasks/" + taskId);
        assertThat(updatesSaying(narrative)).hasCount(1);
        assertThat(updatesSaying(narrative)).containsText("bao-cao.pdf");
    }
}
