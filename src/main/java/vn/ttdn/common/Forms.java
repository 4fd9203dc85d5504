package vn.ttdn.common;

import org.springframework.validation.BindingResult;

/** Puts a service's refusal next to the field it concerns, so the page shows it where the user typed. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult result, UserFacingException e) {
        String field = e.field();
        if (field != null && result.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(), field) != null) {
            result.rejectValue(field, "service", e.getMessage());
        } else {
            result.reject("service", e.getMessage());
        }
    }
}
