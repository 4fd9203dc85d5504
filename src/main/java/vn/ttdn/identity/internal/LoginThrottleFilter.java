package vn.ttdn.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before the password is read, a sign-in (the login form or an HTTP Basic header) from an address that
 * must still wait: the answer is the same whether the password was right or not. The address is the one the
 * container sees; X-Forwarded-For counts only when server.forward-headers-strategy says a proxy sets it.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    private final LoginThrottling throttling;

    LoginThrottleFilter(LoginThrottling throttling) {
        this.throttling = throttling;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean form = "POST".equals(request.getMethod())
                && request.getRequestURI().equals(request.getContextPath() + "/login");
        String authorization = request.getHeader("Authorization");
        boolean basic = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
        Duration wait = form || basic ? throttling.waitFor(request.getRemoteAddr()) : Duration.ZERO;
        if (wait.isZero()) {
            chain.doFilter(request, response);
        } else if (form) {
            response.sendRedirect(request.getContextPath() + "/login?throttled");
        } else {
            response.setStatus(429);
            response.setHeader("Retry-After", String.valueOf(Math.max(1, wait.toSeconds())));
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"Có quá nhiều lần đăng nhập không thành công từ địa chỉ này. Vui lòng chờ vài phút "
                    + "rồi thử lại.\"}");
        }
    }
}
