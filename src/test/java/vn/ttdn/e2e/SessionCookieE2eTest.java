package vn.ttdn.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import org.junit.jupiter.api.Test;

/** The session cookie as the browser keeps it: not sent with another site's requests, not readable by scripts. */
class SessionCookieE2eTest extends BrowserTest {

    @Test
    void theSessionCookieIsSameSiteLaxAndHttpOnly() {
        login(page, "dieuphoi");
        Cookie session = context.cookies().stream().filter(c -> c.name.equals("JSESSIONID")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie after signing in"));
        assertEquals(SameSiteAttribute.LAX, session.sameSite);
        assertTrue(session.httpOnly);
    }
}
