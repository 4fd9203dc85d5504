package vn.ttdn.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;
import vn.ttdn.common.UploadLimits;
import vn.ttdn.identity.TtdnPrincipal;
import vn.ttdn.web.internal.IdempotencyStore.Kind;
import vn.ttdn.web.internal.IdempotencyStore.Stored;

/**
 * A {@code POST} under /api with an {@code Idempotency-Key} header is done once: the first request with a key is
 * processed and its answer kept for 24 hours; a retry with the same key and the same request gets that answer again
 * (with {@code Idempotent-Replayed: true}) and does nothing; the same key with another request is refused (422), and
 * so is a retry while the first is still running (409). Keys are the user's own: another user's key is another key.
 *
 * <p>Only successful answers (below 400) are kept. A refused request (invalid data, no right, a conflict) changed
 * nothing, so its key is given up and a retry, corrected or not, is processed anew.
 *
 * <p>It runs after Spring Security: a replay goes to the user who made the first request, signed in and allowed
 * the address today. (Filters are made before the database: the store is looked up lazily.)
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10)
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final IdempotencyStore store;
    private final MessageSource messages;
    private final LocaleResolver locales;
    private final UploadLimits limits;

    IdempotencyFilter(@Lazy IdempotencyStore store, MessageSource messages, LocaleResolver locales,
                      UploadLimits limits) {
        this.store = store;
        this.messages = messages;
        this.locales = locales;
        this.limits = limits;
    }

    /** 1 to 100 printable ASCII characters (a UUID, a counter, a hash), not only spaces. */
    static boolean isValidKey(String key) {
        return key != null && !key.isBlank() && key.length() <= 100 && key.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Long user = signedInUser();
        if (user == null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER);
        if (!isValidKey(key)) {
            problem(request, response, HttpServletResponse.SC_BAD_REQUEST, "api.invalid", "idempotency.key.invalid");
            return;
        }
        HttpServletRequest rereadable = RequestFingerprint.rereadable(request, limits.maxRequestBytes());
        if (rereadable == null) {
            problem(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "error.413", null);
            return;
        }
        String hash = RequestFingerprint.of(rereadable);
        if (store.claim(user, Kind.API, key, hash)) {
            process(rereadable, response, chain, user, key);
            return;
        }
        Optional<Stored> first = store.find(user, Kind.API, key);
        if (first.isEmpty() && store.claim(user, Kind.API, key, hash)) {
            // The first gave the key up (it was refused) between the two looks.
            process(rereadable, response, chain, user, key);
        } else if (first.isPresent() && !first.get().hash().equals(hash)) {
            problem(request, response, 422, "error.title", "idempotency.key.reused");
        } else if (first.isEmpty() || !first.get().completed()) {
            problem(request, response, HttpServletResponse.SC_CONFLICT, "error.title", "idempotency.inFlight");
        } else {
            replay(first.get(), response);
        }
    }

    private void process(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long user,
                         String key) throws ServletException, IOException {
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(request, captured);
            if (captured.getStatus() < 400) {
                store.complete(user, Kind.API, key, captured.getStatus(), captured.getContentType(),
                        captured.getHeader(HttpHeaders.LOCATION), captured.getContentAsByteArray());
                kept = true;
            }
        } finally {
            if (!kept) {
                store.release(user, Kind.API, key);
            }
        }
        captured.copyBodyToResponse();
    }

    private static void replay(Stored first, HttpServletResponse response) throws IOException {
        response.setStatus(first.status());
        if (first.contentType() != null) {
            response.setContentType(first.contentType());
        }
        if (first.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, first.location());
        }
        response.setHeader(REPLAYED, "true");
        byte[] body = first.body() == null ? new byte[0] : first.body();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The API's problem document (as {@link ApiValidationHandling} writes it), the key named in its errors. */
    private void problem(HttpServletRequest request, HttpServletResponse response, int status, String title,
                         String detail) throws IOException {
        Locale locale = locales.resolveLocale(request);
        // A body too large to keep in memory has the upload limit's message.
        String message = detail == null ? limits.tooLargeMessage() : messages.getMessage(detail, null, locale);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", messages.getMessage(title, null, locale));
        problem.put("status", status);
        problem.put("detail", message);
        problem.put("instance", request.getRequestURI());
        problem.put("errors", Map.of(detail == null ? "" : HEADER, message));
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(problem));
    }

    static Long signedInUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof TtdnPrincipal principal ? principal.user().id() : null;
    }
}

/** The header in the API documentation, on every POST operation (the controllers themselves do not know it). */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class IdempotencyApiDocs {

    @org.springframework.context.annotation.Bean
    org.springdoc.core.customizers.GlobalOperationCustomizer idempotencyKeyHeader() {
        return (operation, handler) -> {
            if (handler.hasMethodAnnotation(org.springframework.web.bind.annotation.PostMapping.class)) {
                operation.addParametersItem(new io.swagger.v3.oas.models.parameters.HeaderParameter()
                        .name(IdempotencyFilter.HEADER).required(false)
                        .description("Optional, 1-100 printable ASCII characters: a retry with the same key and "
                                + "request gets the first answer (Idempotent-Replayed: true) for 24 hours; another "
                                + "request with the key 422, a retry while the first runs 409.")
                        .schema(new io.swagger.v3.oas.models.media.StringSchema().minLength(1).maxLength(100)));
            }
            return operation;
        };
    }
}
