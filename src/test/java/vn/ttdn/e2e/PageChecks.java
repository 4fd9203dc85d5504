package vn.ttdn.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What every page of the application must hold to, checked in the browser on the page as shown: an HTML page of
 * the application answering 200, times in the province's zone, one language, no serious or critical axe-core
 * violation of WCAG 2.1 A/AA.
 */
final class PageChecks {

    static final Path AXE = Path.of("target", "test-tools", "axe-core-4.10.3.min.js");
    private static final ZoneId PROVINCE_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Pattern DATE_TIME = Pattern.compile("\\b(\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2})\\b");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    /** The interface's own words (not the users' data): where a word of the other language would stand out. */
    private static final String INTERFACE_TEXT = "button, .btn, th, legend, dt, label, caption, .nav-link, "
            + ".dropdown-item, .page-link, .form-text, .invalid-feedback, .alert, h2, h3, .card-title, "
            + "[placeholder], [aria-label], [title]";
    /** English words a Vietnamese page must not show (whole words, as the interface would write them). */
    private static final Pattern ENGLISH = Pattern.compile("\\b(Save|Cancel|Search|Filter|Edit|Delete|Submit|"
            + "Choose|Browse|Next|Previous|Page|Status|Details|Back|Home|Login|Logout|Sign in|Sign out|Upload|"
            + "Download|Export|Print|Settings|Error|Not Found|Forbidden|Loading|Select|None|Name|Date|Total|"
            + "Show|Hide|Open|Close|Add|Remove|Create|Update|Yes|No|Plan|Task|Agency|Agencies|Report|Deadline)\\b");
    /** Letters only Vietnamese has: an English page showing them in its interface forgot a translation. */
    private static final Pattern VIETNAMESE = Pattern.compile(
            "[ăâđêôơưĂÂĐÊÔƠƯàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]");

    private final String language;
    private final String axeSource;

    PageChecks(String language) {
        this.language = language;
        try {
            this.axeSource = Files.readString(AXE);
        } catch (IOException e) {
            throw new IllegalStateException(AXE + " is missing: the test command fetches it (bin/test-prerequisites)", e);
        }
    }

    List<String> of(Page page, Response response) {
        List<String> problems = new ArrayList<>();
        if (response == null || response.status() != 200) {
            problems.add("answered " + (response == null ? "nothing" : response.status()));
            return problems;
        }
        String type = response.headerValue("content-type");
        if (type == null || !type.startsWith("text/html")) {
            problems.add("is not an HTML page but " + type);
            return problems;
        }
        String text = page.innerText("body");
        if (text.contains("Whitelabel Error Page") || page.url().contains("/login")) {
            problems.add("shows " + (text.contains("Whitelabel") ? "Spring's Whitelabel page" : "the login page"));
            return problems;
        }
        timesInTheProvincesZone(text, problems);
        oneLanguage(page, problems);
        accessibility(page, problems);
        return problems;
    }

    /**
     * Everything in this database was written since the test JVM started, or is dated days before (the seed plans):
     * a shown moment between eight hours before the start and the start is a moment shown in UTC (seven hours
     * behind Vietnam), one after now a zone ahead.
     */
    private static void timesInTheProvincesZone(String text, List<String> problems) {
        Instant start = Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime());
        Instant now = Instant.now();
        Matcher m = DATE_TIME.matcher(text);
        while (m.find()) {
            Instant shown;
            try {
                shown = LocalDateTime.parse(m.group(1), SHOWN).atZone(PROVINCE_ZONE).toInstant();
            } catch (DateTimeParseException e) {
                continue;
            }
            boolean behind = shown.isAfter(start.minusSeconds(8 * 3600)) && shown.isBefore(start.minusSeconds(120));
            boolean ahead = shown.isAfter(now.plusSeconds(120)) && shown.isBefore(now.plusSeconds(14 * 3600));
            if (behind || ahead) {
                problems.add("shows " + m.group(1) + ", not a time in the province's zone");
            }
        }
    }

    private void oneLanguage(Page page, List<String> problems) {
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) page.evalOnSelectorAll(INTERFACE_TEXT, """
                (els, lang) => els.filter(e => e.offsetParent !== null || e.matches('[placeholder],[aria-label],[title]'))
                  .filter(e => (e.closest('[lang]')?.getAttribute('lang') || lang) === lang)
                  .map(e => [e.matches('[placeholder],[aria-label],[title]') ? '' : e.innerText,
                             e.getAttribute('placeholder') || '', e.getAttribute('aria-label') || '',
                             e.getAttribute('title') || ''].join(' ').trim())
                """, language);
        Pattern foreign = language.equals("vi") ? ENGLISH : VIETNAMESE;
        // The product's own name is written the same in both languages.
        texts.stream().filter(t -> foreign.matcher(t.replace("TTĐN", "")).find()).distinct().limit(5)
                .forEach(t -> problems.add("shows " + (language.equals("vi") ? "English" : "Vietnamese")
                        + " text in " + language + " mode: \"" + shorten(t) + "\""));
    }

    private void accessibility(Page page, List<String> problems) {
        page.addScriptTag(new Page.AddScriptTagOptions().setContent(axeSource));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => (await axe.run(document, {runOnly: {type: 'tag',
                    values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})).violations
                  .filter(v => v.impact === 'serious' || v.impact === 'critical')
                  .map(v => ({id: v.id, impact: v.impact, help: v.help,
                              targets: v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '),
                              count: v.nodes.length}))
                """);
        for (Map<String, Object> v : violations) {
            problems.add("axe " + v.get("impact") + " " + v.get("id") + " (" + v.get("help") + ") on "
                    + v.get("count") + " elements: " + v.get("targets"));
        }
    }

    private static String shorten(String text) {
        String one = text.replaceAll("\\s+", " ");
        return one.length() > 80 ? one.substring(0, 80) + "…" : one;
    }
}
