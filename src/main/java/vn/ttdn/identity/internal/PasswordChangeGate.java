package vn.ttdn.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;

/**
 * A user whose password an administrator set (new account, reset) must choose her own before anything else: pages
 * send her to the change-password page, API calls are refused. Only that page, signing out and what pages are
 * drawn with (styles, scripts, icons, the error page) stay open.
 */
final class PasswordChangeGate {

    static final String PAGE = "/account/password";
    private static final List<String> OPEN_PATHS = List.of(PAGE, "/logout", "/login", "/error", "/favicon.ico");
    private static final List<String> OPEN_FOLDERS = List.of("/assets/", "/webjars/");
    private static final String DETAIL = "Bạn phải đổi mật khẩu trước khi tiếp tục: mật khẩu hiện tại do quản trị "
            + "hệ thống đặt. Hãy đăng nhập trên trình duyệt và đổi mật khẩu tại " + PAGE + ".";

    private PasswordChangeGate() {
    }

    static boolean allows(HttpServletRequest request) {
        String path = path(request);
        return OPEN_PATHS.contains(path) || OPEN_FOLDERS.stream().anyMatch(path::startsWith);
    }

    static void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (path(request).startsWith("/api/")) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            response.setContentType("application/problem+json;charset=UTF-8");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,"
                    + "\"detail\":\"" + DETAIL + "\"}");
        } else {
            response.sendRedirect(request.getContextPath() + PAGE + "?required");
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
