package vn.ttdn.identity;

import java.util.EnumSet;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs start-up work (demo data, command-line verbs) as the system administrator, so audit names who did it. */
public final class SystemUser {

    private SystemUser() {
    }

    public static <T> T call(Supplier<T> work) {
        CurrentUser system = new CurrentUser(0, "system", "Hệ thống", null, null, java.util.Set.of(),
                EnumSet.of(Role.ADMIN));
        TtdnPrincipal principal = new TtdnPrincipal(system, "", true, false);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
