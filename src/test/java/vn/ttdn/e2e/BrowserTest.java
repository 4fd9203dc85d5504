package vn.ttdn.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The whole application on a random port with the demo data, driven by a real Chromium through Playwright. Every
 * test class that extends this one shares one Spring context (one database); each class has its own browser, each
 * test a fresh browser context (no cookies carried over).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ttdn.data-dir=target/test-data/e2e",
        "ttdn.db.embedded.clean=true",
        "ttdn.db.embedded.durable=false",
        "ttdn.demo=true"})
abstract class BrowserTest {

    static final String PASSWORD = "Demo@2026ttdn";
    static final Path CHROMIUM = Paths.get(System.getenv().getOrDefault("TTDN_CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 100_000);

    static Playwright playwright;
    static Browser browser;

    @LocalServerPort
    int port;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void launchBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("Chromium not found at " + CHROMIUM + ": the browser tests need Debian's chromium "
                    + "(apt-get install chromium) or TTDN_CHROMIUM pointing at a Chromium binary.");
        }
        Files.createDirectories(SCREENSHOTS);
        // A busy CI machine (two cores, the application and the browser on them) gets some slack.
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        // The browsers are never downloaded: the Debian one is used. Surefire sets this too.
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
        if (playwright != null) {
            playwright.close();
            playwright = null;
        }
    }

    /** A failing test leaves a picture of where it stopped, and says which address that was. */
    @RegisterExtension
    final AfterTestExecutionCallback screenshotOnFailure = ctx -> {
        if (ctx.getExecutionException().isEmpty() || browser == null) {
            return;
        }
        String name = "failed-" + ctx.getRequiredTestClass().getSimpleName() + "-" + ctx.getRequiredTestMethod().getName();
        int i = 0;
        for (BrowserContext c : browser.contexts()) {
            for (Page p : c.pages()) {
                if (!p.isClosed() && !"about:blank".equals(p.url())) {
                    System.err.println(name + " (" + i + ") at " + p.url());
                    shot(p, name + "-" + i++);
                }
            }
        }
    };

    @BeforeEach
    void openContext() {
        context = newContext(new Browser.NewContextOptions());
        page = context.newPage();
    }

    /** Every context a test opened (a second window, a phone): closed after the failure screenshots. */
    private final List<BrowserContext> contexts = new ArrayList<>();

    @AfterEach
    void closeContexts() {
        contexts.forEach(BrowserContext::close);
        contexts.clear();
    }

    /** A new browser of its own (cookies, session): another person, another window, another device. */
    BrowserContext newContext(Browser.NewContextOptions options) {
        BrowserContext c = browser.newContext(options.setBaseURL(base()).setLocale("vi-VN"));
        c.setDefaultTimeout(15_000);
        contexts.add(c);
        return c;
    }

    String base() {
        return "http://localhost:" + port;
    }

    /** A number no other test run in this database has used, for titles a search must find alone. */
    static long unique() {
        return SEQUENCE.incrementAndGet();
    }

    // ----- people -----

    void login(Page p, String username) {
        p.navigate("/login");
        p.locator("#username").fill(username);
        p.locator("#password").fill(PASSWORD);
        p.locator("form[action$='/login'] button[type=submit]").click();
        p.waitForURL(url -> !url.contains("/login"));
        assertThat(p.locator("nav.navbar")).isVisible();
    }

    /** Signs out as a person does: the menu with her name, then "Đăng xuất". */
    void logout(Page p) {
        if (p.locator(".navbar-toggler").isVisible()) {
            // On a narrow screen the menu first has to be unfolded, and a click during its animation is lost.
            p.locator(".navbar-toggler").click();
            p.locator("#nav.collapse.show").waitFor();
        }
        Locator signOut = p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất"));
        for (int attempt = 0; attempt < 3 && !signOut.isVisible(); attempt++) {
            p.locator("nav .dropdown-toggle").last().click();
            p.waitForTimeout(200);
        }
        signOut.click();
        p.waitForURL("**/login?logout");
        assertThat(p.getByRole(AriaRole.STATUS)).containsText("Bạn đã đăng xuất");
    }

    // ----- screenshots -----

    void shot(Page p, String name) {
        p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** What the screen shows without scrolling: on a phone, the first impression. */
    void shotScreen(Page p, String name) {
        p.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    // ----- plans and tasks -----

    /** Creates a draft plan of the coordinator's province through the form and returns its id. */
    long createPlan(Page p, String title, String screenshot) {
        p.navigate("/plans/new");
        p.locator("#title").fill(title);
        p.locator("#number").fill(unique() + "/KH-E2E");
        p.locator("#issuedOn").fill("2026-03-02");
        p.locator("#issuerName").fill("Ủy ban nhân dân tỉnh Tuyên Quang");
        if (screenshot != null) {
            shot(p, screenshot);
        }
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        p.waitForURL(Pattern.compile(".*/plans/\\d+$"));
        assertThat(p.locator("h1")).hasText(title);
        return idIn(p.url(), "plans");
    }

    /** Selects the agencies whose full names are given in one of the task form's multi-selects. */
    void chooseAgencies(Page p, String select, String... fullNames) {
        SelectOption[] options = new SelectOption[fullNames.length];
        for (int i = 0; i < fullNames.length; i++) {
            options[i] = new SelectOption().setLabel(fullNames[i]);
        }
        p.locator("#" + select).selectOption(options);
    }

    /** On the plan's page: "Thêm nhiệm vụ", fill the form, save; returns the new task's id. */
    long addTask(Page p, long planId, String content, String leadAgency, String screenshot) {
        p.navigate("/plans/" + planId);
        p.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Thêm nhiệm vụ")).click();
        p.waitForURL("**/plans/" + planId + "/tasks/new");
        p.locator("#content").fill(content);
        chooseAgencies(p, "lead", leadAgency);
        p.locator("#timeframeKind").selectOption("DUE_BY");
        p.locator("#dueDate").fill("2026-12-31");
        if (screenshot != null) {
            shot(p, screenshot);
        }
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu")).click();
        p.waitForURL(Pattern.compile(".*/tasks/\\d+$"));
        assertThat(p.locator("h1")).hasText(content);
        return idIn(p.url(), "tasks");
    }

    void issuePlan(Page p, long planId) {
        p.navigate("/plans/" + planId);
        p.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ban hành")).click();
        assertThat(p.locator(".alert-success")).containsText("Đã chuyển trạng thái");
        assertThat(p.locator(".badge").first()).hasText("Đã ban hành");
    }

    static long idIn(String url, String collection) {
        Matcher m = Pattern.compile("/" + collection + "/(\\d+)").matcher(url);
        if (!m.find()) {
            fail("No " + collection + " id in " + url);
        }
        return Long.parseLong(m.group(1));
    }

    /** The invalid-feedback shown right after the field, where Bootstrap puts a field's message. */
    static Locator feedbackOf(Page p, String fieldId) {
        return p.locator("#" + fieldId + " ~ .invalid-feedback");
    }

    // ----- files -----

    /** A small but real one-page PDF, made with PDFBox. */
    static byte[] pdf(String text) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage pdfPage = new PDPage();
            doc.addPage(pdfPage);
            try (PDPageContentStream content = new PDPageContentStream(doc, pdfPage)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 720);
                content.showText(text);
                content.endText();
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The start of a Windows program: "MZ", a DOS stub, a PE header, enough for any sniffer to call it an exe. */
    static byte[] windowsProgram() {
        byte[] bytes = new byte[1024];
        bytes[0] = 'M';
        bytes[1] = 'Z';
        bytes[0x3c] = (byte) 0x80;
        bytes[0x80] = 'P';
        bytes[0x81] = 'E';
        byte[] stub = "This program cannot be run in DOS mode.".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        System.arraycopy(stub, 0, bytes, 0x4e, stub.length);
        return bytes;
    }
}
