package vn.ttdn.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Lazy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.util.AntPathMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import vn.ttdn.changes.DataChanges;
import vn.ttdn.changes.DataVersion;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.identity.TtdnPrincipal;

/**
 * Serves the pages people open again and again (lists, dashboards, a task's page) from {@link PageCache} while the
 * data they show has not changed. It runs after Spring Security, so a request is authenticated and authorised
 * exactly as without the cache; only rendering is saved. A page is stored only if it is a plain 200 HTML answer that
 * set no cookie and showed no one-time message ("Đã lưu …"); each copy it sends gets the request's CSRF token and
 * fresh form submission ids. A page is keyed by the data version of the provinces its user reads, except on the paths
 * that show every province to everyone (the directory, the legal documents), keyed by every province's version.
 * (Filters are made before the database: the change registry is looked up lazily.)
 */
@Component
class PageCacheFilter extends OncePerRequestFilter {

    private static final AntPathMatcher PATHS = new AntPathMatcher();

    private final PageCache cache;
    private final boolean enabled;
    private final List<String> paths;
    private final List<String> everyProvincePaths;
    private final DataChanges changes;
    private final LocaleResolver locales;

    PageCacheFilter(@Value("${ttdn.page-cache.enabled:true}") boolean enabled,
                    @Value("${ttdn.page-cache.max-megabytes:64}") long maxMegabytes,
                    @Value("${ttdn.page-cache.paths}") List<String> paths,
                    @Value("${ttdn.page-cache.every-province-paths:}") List<String> everyProvincePaths,
                    @Lazy DataChanges changes, LocaleResolver locales) {
        this.cache = new PageCache(maxMegabytes * 1024 * 1024);
        this.enabled = enabled;
        this.paths = List.copyOf(paths);
        this.everyProvincePaths = List.copyOf(everyProvincePaths);
        this.changes = changes;
        this.locales = locales;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (!enabled || !"GET".equals(request.getMethod())) {
            return true;
        }
        String path = path(request);
        // Exports are files, not pages: nothing to gain from holding them in memory.
        return path.endsWith("/export") || paths.stream().noneMatch(pattern -> PATHS.match(pattern, path));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        if (auth == null || !(auth.getPrincipal() instanceof TtdnPrincipal principal) || csrf == null) {
            chain.doFilter(request, response);
            return;
        }
        PageCache.Key key = new PageCache.Key(dataVersion(principal.user(), path(request)), LocalDate.now(),
                principal.user(), address(request),
                locales.resolveLocale(request).toLanguageTag());
        RenderedPage cached = cache.getOrClaim(key);
        if (cached != null) {
            cached.writeTo(response, csrf.getToken());
            return;
        }
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        RenderedPage rendered = null;
        try {
            chain.doFilter(request, captured);
            if (storable(request, captured)) {
                rendered = RenderedPage.of(captured.getContentType(), captured.getContentAsByteArray(),
                        csrf.getToken(), SubmissionIds.issued(request));
            }
        } finally {
            cache.rendered(key, rendered);
        }
        captured.copyBodyToResponse();
    }

    private DataVersion dataVersion(CurrentUser user, String path) {
        boolean everyProvince = everyProvincePaths.stream().anyMatch(pattern -> PATHS.match(pattern, path));
        return changes.versionOf(everyProvince ? null : user.provincesRead());
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** The path and the parameters (from the parameter map, which is what the controllers read). */
    private static String address(HttpServletRequest request) {
        StringBuilder address = new StringBuilder(request.getRequestURI());
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                address.append('\n').append(name).append('=').append(value);
            }
        });
        return request.getHeader("HX-Request") == null ? address.toString() : address.append("\nhtmx").toString();
    }

    private static boolean storable(HttpServletRequest request, ContentCachingResponseWrapper response) {
        Map<?, ?> flash = (Map<?, ?>) request.getAttribute(DispatcherServlet.INPUT_FLASH_MAP_ATTRIBUTE);
        String type = response.getContentType();
        return response.getStatus() == HttpServletResponse.SC_OK && type != null && type.startsWith("text/html")
                && response.getHeaders("Set-Cookie").isEmpty() && (flash == null || flash.isEmpty());
    }

    PageCache cache() {
        return cache;
    }
}
