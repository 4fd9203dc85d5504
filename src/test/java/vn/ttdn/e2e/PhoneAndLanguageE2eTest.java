package vn.ttdn.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/** The pages on a phone, and in English. */
class PhoneAndLanguageE2eTest extends BrowserTest {

    private BrowserContext phone() {
        return newContext(new Browser.NewContextOptions().setViewportSize(375, 812).setDeviceScaleFactor(2)
                .setIsMobile(true).setHasTouch(true));
    }

    /** Nothing wider than the screen: no sideways scrolling of the whole page. */
    private static void fitsTheScreen(Page p) {
        int width = ((Number) p.evaluate("() => document.documentElement.scrollWidth")).intValue();
        assertTrue(width <= 375, p.url() + " is " + width + " px wide on a 375 px screen");
    }

    @Test
    void myTasksAndTheDashboardOnAPhone() {
        BrowserContext phone = phone();
        Page p = phone.newPage();
        login(p, "canbo.ngoaivu");
        p.waitForURL("**/my-tasks");
        assertThat(p.locator("h1")).hasText("Việc của tôi");
        assertThat(p.locator("#task-table tbody tr").first()).isVisible();
        // The progress, what she looks for, is on the screen and not scrolled off to the side.
        Object sideways = p.locator("#task-table").evaluate("t => t.scrollWidth - t.clientWidth");
        assertTrue(((Number) sideways).intValue() <= 0, "the task table scrolls " + sideways + " px sideways");
        // The menu folds behind its button on a narrow screen, and opens on a tap.
        assertThat(p.locator("#nav")).isHidden();
        fitsTheScreen(p);
        shot(p, "16-phone-my-tasks");
        shotScreen(p, "16-phone-my-tasks-screen");
        p.locator(".navbar-toggler").tap();
        assertThat(p.locator("#nav").getByRole(AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Kế hoạch").setExact(true))).isVisible();
        shot(p, "17-phone-menu");

        // The agency's people see their agency's overview.
        p.navigate("/dashboard");
        p.waitForURL("**/dashboard/agency/*");
        assertThat(p.locator("h1")).containsText("Sở Ngoại vụ");
        fitsTheScreen(p);
        shot(p, "18-phone-agency-dashboard");
        logout(p);

        BrowserContext coordinatorPhone = phone();
        Page coordinator = coordinatorPhone.newPage();
        login(coordinator, "dieuphoi");
        coordinator.waitForURL("**/dashboard");
        assertThat(coordinator.locator("#recent-updates")).isVisible();
        assertThat(coordinator.locator("canvas[data-chart]").first()).isVisible();
        fitsTheScreen(coordinator);
        shot(coordinator, "19-phone-province-dashboard");
        shotScreen(coordinator, "19-phone-province-dashboard-screen");
    }

    @Test
    void everyListIsACardPerRowOnAPhone() {
        Page p = phone().newPage();
        login(p, "admin");
        for (String list : java.util.List.of("/agencies", "/admin/users", "/admin/audit", "/plans", "/documents",
                "/admin/reorganisations")) {
            p.navigate(list);
            Locator table = p.locator(".stack-on-phone.labelled").first();
            assertThat(table).isVisible();
            Object sideways = table.evaluate("t => t.scrollWidth - t.clientWidth");
            assertTrue(((Number) sideways).intValue() <= 0, list + ": the list scrolls " + sideways + " px sideways");
            // The second cell of a row says which column it is.
            Locator second = table.locator("tbody tr").first().locator("td").nth(1);
            String label = String.valueOf(second.getAttribute("data-label"));
            String header = table.locator("thead th").nth(1).innerText().strip().replaceAll("\\s+", " ");
            org.junit.jupiter.api.Assertions.assertEquals(header, label, list);
            fitsTheScreen(p);
        }
        shot(p, "19b-phone-reorganisations");
    }

    @Test
    void englishIsOneClickAwayAndStays() {
        login(page, "canbo.ngoaivu");
        page.waitForURL("**/my-tasks");
        page.navigate("/my-tasks?lang=en");
        assertThat(page.locator("h1")).hasText("My tasks");
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("My tasks"))).isVisible();
        shot(page, "20-my-tasks-english");

        // The choice is remembered on the next page, and the link in the menu switches back.
        page.navigate("/my-tasks");
        assertThat(page.locator("h1")).hasText("My tasks");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tiếng Việt")).click();
        assertThat(page.locator("h1")).hasText("Việc của tôi");
        assertThat(page.locator("html")).hasAttribute("lang", "vi");
    }
}
