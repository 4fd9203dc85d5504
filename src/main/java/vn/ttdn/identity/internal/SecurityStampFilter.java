package vn.ttdn.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.ttdn.identity.AgencyLookup;
import vn.ttdn.identity.TtdnPrincipal;

/**
 * Makes changes to a user take effect on her next request: new roles or agency reload the principal; a disabled
 * account or a password changed elsewhere ends the session; a password set by an administrator keeps her on the
 * change-password page ({@link PasswordChangeGate}). One primary-key query of a few columns per signed-in request.
 */
class SecurityStampFilter extends OncePerRequestFilter {

    static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    /** What the filter reads of a user on every request: one row by primary key, no entity, no transaction. */
    private record Stamp(String value, boolean enabled, String passwordHash, boolean mustChangePassword) {
    }

    private final JdbcClient jdbc;
    private final UserAccountRepository users;
    private final AgencyLookup agencies;
    private final TransactionTemplate readOnly;

    SecurityStampFilter(JdbcClient jdbc, UserAccountRepository users, AgencyLookup agencies,
                        TransactionTemplate readOnly) {
        this.jdbc = jdbc;
        this.users = users;
        this.agencies = agencies;
        this.readOnly = readOnly;
    }

    /**
     * Static files are the same for everyone and open to all: asking for the authentication there would read the
     * session from the database (and write its last access back) for every stylesheet and script.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/assets/") || path.startsWith("/webjars/") || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof TtdnPrincipal principal) || principal.stamp().isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Stamp> stored = jdbc.sql("select roles, agency_id, province_id, enabled, password_hash,"
                        + " must_change_password from app_user where id = ?").param(principal.user().id())
                .query((row, n) -> new Stamp(UserAccount.securityStamp(row.getString(1), (Long) row.getObject(2),
                        (Long) row.getObject(3), row.getBoolean(4), row.getString(5)), row.getBoolean(4),
                        row.getString(5), row.getBoolean(6)))
                .optional();
        if (stored.isEmpty() || !stored.get().enabled() || !stored.get().passwordHash().equals(principal.getPassword())) {
            endSession(request, response);
            return;
        }
        if (stored.get().mustChangePassword() && !PasswordChangeGate.allows(request)) {
            PasswordChangeGate.refuse(request, response);
            return;
        }
        // The principal (agency, province scope) is rebuilt only when something it sums up changed: building it
        // reads the directory, which most requests do not need.
        if (!stored.get().value().equals(principal.stamp())) {
            Optional<TtdnPrincipal> fresh = readOnly.execute(status -> users.findById(principal.user().id())
                    .map(account -> UserAccountDetailsService.principalOf(account, agencies)));
            if (fresh.isEmpty()) {
                endSession(request, response);
                return;
            }
            replace(fresh.get(), auth);
            if (request.getSession(false) != null) {
                CONTEXTS.saveContext(SecurityContextHolder.getContext(), request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /** Puts a reloaded principal in place of the old one, for this request and the following ones. */
    static void replace(TtdnPrincipal fresh, Authentication old) {
        UsernamePasswordAuthenticationToken token =
                UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities());
        token.setDetails(old.getDetails());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(token);
        SecurityContextHolder.setContext(context);
    }

    private static void endSession(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?expired");
        }
    }
}
