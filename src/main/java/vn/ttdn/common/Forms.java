package vn.ttdn.common;

import org.springframework.validation.BindingResult;

/** Puts a service's refusal next to the field it concerns, so the page shows it where the user typed. */
public final class Forms {

    private Forms() {
    }

    /**
     * A refusal of the whole action: the form is shown again with what was typed and the reason above it, still
     * answered 403 so that clients and the permission tests see the refusal.
     */
    public static void refuse(BindingResult result, ForbiddenException e) {
        result.reject(e.getCodes()[0], null, e.getMessage());
        if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
                instanceof org.springframework.web.context.request.ServletRequestAttributes request
                && request.getResponse() != null) {
            request.getResponse().setStatus(jakarta.servlet.http.HttpServletResponse.SC_FORBIDDEN);
        }
    }

    public static void reject(BindingResult result, UserFacingException e) {
        String field = e.field();
        if (field != null && result.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field) != null) {
            result.rejectValue(field, e.getCodes()[0], e.getArguments(), e.getMessage());
        } else {
            result.reject(e.getCodes()[0], e.getArguments(), e.getMessage());
        }
    }
}
