package vn.ttdn.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import vn.ttdn.common.ConflictException;
import vn.ttdn.common.ForbiddenException;
import vn.ttdn.common.NotFoundException;
import vn.ttdn.common.UserFacingException;

/**
 * Turns refusals from the services into answers: a page with the message for people, a problem document
 * (RFC 9457) for API clients. Form controllers catch {@link UserFacingException} themselves to keep what was typed.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response, Locale locale) {
        return answer(HttpStatus.NOT_FOUND, messages.getMessage(e, locale), request);
    }

    @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
    Object forbidden(RuntimeException e, HttpServletRequest request, Locale locale) {
        String message = e instanceof ForbiddenException f ? messages.getMessage(f, locale)
                : messages.getMessage("error.forbidden", null, locale);
        return answer(HttpStatus.FORBIDDEN, message, request);
    }

    @ExceptionHandler(ConflictException.class)
    Object conflict(ConflictException e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.CONFLICT, messages.getMessage(e, locale), request);
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    Object concurrentWrite(ObjectOptimisticLockingFailureException e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.CONFLICT, messages.getMessage("error.concurrentWrite", null, locale), request);
    }

    @ExceptionHandler(UserFacingException.class)
    Object userFacing(UserFacingException e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, messages.getMessage(e, locale), request);
    }

    private final vn.ttdn.common.UploadLimits uploadLimits;
    private final MessageSource messages;

    ErrorHandling(vn.ttdn.common.UploadLimits uploadLimits, MessageSource messages) {
        this.uploadLimits = uploadLimits;
        this.messages = messages;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        return answer(HttpStatus.CONTENT_TOO_LARGE, uploadLimits.tooLargeMessage(), request);
    }

    /** Parameters of a page that could not be bound (the JSON API has {@link ApiValidationHandling}). */
    @ExceptionHandler(org.springframework.validation.BindException.class)
    Object invalid(org.springframework.validation.BindException e, HttpServletRequest request, Locale locale) {
        java.util.Set<String> errors = new java.util.LinkedHashSet<>();
        e.getFieldErrors().forEach(f -> errors.add(f.isBindingFailure()
                ? messages.getMessage("typeMismatch", null, locale) : f.getDefaultMessage()));
        e.getGlobalErrors().forEach(g -> errors.add(g.getDefaultMessage()));
        return answer(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.invalidData", new Object[] {String.join(" ", errors)}, locale), request);
    }

    /** JSON that cannot be read: broken syntax, a date like 31/02/2025, a word where a number belongs. */
    @ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
    Object unreadable(Exception e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, messages.getMessage("error.unreadable", null, locale), request);
    }

    @ExceptionHandler({org.springframework.web.method.annotation.MethodArgumentTypeMismatchException.class,
            org.springframework.web.bind.MissingServletRequestParameterException.class})
    Object badParameter(Exception e, HttpServletRequest request, Locale locale) {
        return answer(HttpStatus.BAD_REQUEST, messages.getMessage("error.parameter", null, locale), request);
    }

    static Object answer(HttpStatus status, String message, HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
            return ResponseEntity.status(status).body(problem);
        }
        log.debug("{} {}: {}", status.value(), request.getRequestURI(), message);
        return page(status, message, request);
    }

    /** The error page in the layout; "back" is the page the user came from when it is on this site. */
    static ModelAndView page(HttpStatus status, String message, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("error/message");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        page.addObject("back", sameSiteReferer(request));
        return page;
    }

    private static String sameSiteReferer(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        String origin = request.getScheme() + "://" + request.getServerName();
        if (referer == null || !(referer.startsWith(origin + "/") || referer.startsWith(origin + ":"))) {
            return null;
        }
        return referer;
    }
}
