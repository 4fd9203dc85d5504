package vn.ttdn.web.internal;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.MismatchedInputException;
import vn.ttdn.common.UserFacingException;

/**
 * For the whole JSON API: what is wrong with a request, field by field, in the user's language
 * (Vietnamese unless she chose English), as a problem document whose {@code errors} maps each field to its message
 * (the same shape as {@link ErrorHandling}'s; an error of the whole request has the key ""). Beyond it, this names the
 * field of unreadable JSON (a date like 2025-02-31) and of a service's refusal.
 */
// Only the JSON controllers: selectors of an advice are OR-ed, so a base package here would also catch pages.
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiValidationHandling {

    private final MessageSource messages;

    ApiValidationHandling(MessageSource messages) {
        this.messages = messages;
    }

    /** Bean Validation of a JSON body or of query parameters bound to an object. */
    @ExceptionHandler(BindException.class)
    ResponseEntity<ProblemDetail> invalid(BindException e, Locale locale) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.getFieldErrors()) {
            errors.putIfAbsent(error.getField(), messages.getMessage(error, locale));
        }
        e.getGlobalErrors().forEach(error -> errors.putIfAbsent("", messages.getMessage(error, locale)));
        return problem(errors, locale);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
        Class<?> type = e.getRequiredType();
        String key = type == null ? "typeMismatch" : "typeMismatch." + type.getName();
        String message = messages.getMessage(key, null, null, locale);
        return problem(error(e.getName(),
                message != null ? message : messages.getMessage("typeMismatch", null, locale)), locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, Locale locale) {
        return problem(error(e.getParameterName(), messages.getMessage("api.required", null, locale)), locale);
    }

    /** Unreadable JSON: the field whose value could not be read, with what was expected. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e, Locale locale) {
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException json && !json.getPath().isEmpty()) {
            String field = String.join(".", json.getPath().stream()
                    .map(JacksonException.Reference::getPropertyName).filter(p -> p != null).toList());
            boolean date = json instanceof MismatchedInputException m && m.getTargetType() != null
                    && java.time.temporal.Temporal.class.isAssignableFrom(m.getTargetType());
            return problem(error(field, messages.getMessage(date ? "api.date.invalid" : "typeMismatch",
                    null, locale)), locale);
        }
        return problem(error(null, messages.getMessage("api.unreadable", null, locale)), locale);
    }

    /** A service's refusal, beside the field it concerns when it names one. */
    @ExceptionHandler(UserFacingException.class)
    ResponseEntity<ProblemDetail> refused(UserFacingException e, Locale locale) {
        return problem(error(e.field(), messages.getMessage(e, locale)), locale);
    }

    private ResponseEntity<ProblemDetail> problem(Map<String, String> errors, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.BAD_REQUEST);
        problem.setTitle(messages.getMessage("api.invalid", null, locale));
        problem.setDetail(String.join(" ", errors.values()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    private static Map<String, String> error(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put(field == null ? "" : field, message);
        return error;
    }
}
