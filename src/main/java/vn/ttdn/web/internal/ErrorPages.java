package vn.ttdn.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Where the container forwards every failure not answered by {@link ErrorHandling} (an unknown address, a page the
 * security rules refuse, an upload too large): a page in the layout, in the user's language, with a way back; a
 * problem document only under {@code /api}. Replaces Spring Boot's English "Whitelabel" page.
 */
@Controller
class ErrorPages implements ErrorController {

    private static final Set<Integer> EXPLAINED = Set.of(400, 401, 403, 404, 405, 409, 413, 500);

    private final MessageSource messages;

    ErrorPages(MessageSource messages) {
        this.messages = messages;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Locale locale) {
        HttpStatus status = status(request);
        String key = "error.detail." + (EXPLAINED.contains(status.value()) ? status.value() : "other");
        String message = messages.getMessage(key, null, locale);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        if (path.startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            problem.setTitle(messages.getMessage("error.title", null, locale));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ErrorHandling.page(status, message, request);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer c ? HttpStatus.resolve(c) : null;
        return status == null || !status.isError() ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
