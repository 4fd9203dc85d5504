package vn.ttdn.web.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ttdn.web.internal.IdempotencyStore.Kind;
import vn.ttdn.web.internal.IdempotencyStore.Stored;

/**
 * A page form sent twice (a double click, a click again while the first send is slow) creates one record. Every
 * POST form carries a one-time {@code _submission} id ({@link SubmissionIds}); the first send with it is processed,
 * and a second send of the same form with the same id is answered with the first one's redirect. While the first is
 * still running the second waits for it, a few seconds at most, and is then told (409) that the form was sent.
 *
 * <p>Only a redirect is kept: every form that changes something answers with one. A page shown instead (the form
 * again, with what is wrong) changed nothing, so the id is given up and sending the form again is processed anew.
 * The same id with other content is a page restored from the history and edited: it is a new request.
 */
@Component
@Order(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 11)
class DoubleSubmitFilter extends OncePerRequestFilter {

    private static final long POLL_MILLIS = 100;

    private final IdempotencyStore store;
    private final long waitMillis;

    DoubleSubmitFilter(@Lazy IdempotencyStore store, @Value("${ttdn.double-submit.wait-millis:5000}") long waitMillis) {
        this.store = store;
        this.waitMillis = waitMillis;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getParameter(SubmissionIds.PARAMETER);
        Long user = IdempotencyFilter.signedInUser();
        if (id == null || user == null) {
            chain.doFilter(request, response);
            return;
        }
        if (!SubmissionIds.isValid(id)) {
            // Not an id this application wrote: the form was altered. Nothing is done.
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        String hash = RequestFingerprint.of(request);
        long deadline = System.currentTimeMillis() + waitMillis;
        while (true) {
            if (store.claim(user, Kind.FORM, id, hash)) {
                process(request, response, chain, user, id);
                return;
            }
            Optional<Stored> first = store.find(user, Kind.FORM, id);
            if (first.isPresent() && !first.get().hash().equals(hash)) {
                chain.doFilter(request, response);
                return;
            }
            if (first.isPresent() && first.get().completed()) {
                response.setStatus(first.get().status());
                response.setHeader(HttpHeaders.LOCATION, first.get().location());
                response.setHeader(IdempotencyFilter.REPLAYED, "true");
                return;
            }
            if (System.currentTimeMillis() > deadline) {
                response.sendError(HttpServletResponse.SC_CONFLICT);
                return;
            }
            pause();
        }
    }

    private void process(HttpServletRequest request, HttpServletResponse response, FilterChain chain, long user,
                         String id) throws ServletException, IOException {
        boolean kept = false;
        try {
            chain.doFilter(request, response);
            String location = response.getHeader(HttpHeaders.LOCATION);
            if (response.getStatus() >= 300 && response.getStatus() < 400 && location != null) {
                store.complete(user, Kind.FORM, id, response.getStatus(), null, location, null);
                kept = true;
            }
        } finally {
            if (!kept) {
                store.release(user, Kind.FORM, id);
            }
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the first send of a form", e);
        }
    }
}
