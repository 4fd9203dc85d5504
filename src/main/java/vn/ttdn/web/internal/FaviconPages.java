package vn.ttdn.web.internal;

import java.time.Duration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * /favicon.ico, which browsers and bookmarks ask for whatever the page links: static files live under /assets,
 * so the root path needs its own answer.
 */
@Controller
class FaviconPages {

    private static final MediaType ICON = MediaType.parseMediaType("image/x-icon");
    private static final Resource FILE = new ClassPathResource("static/favicon.ico");

    @GetMapping("/favicon.ico")
    ResponseEntity<Resource> favicon() {
        return ResponseEntity.ok().contentType(ICON).cacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .body(FILE);
    }
}
