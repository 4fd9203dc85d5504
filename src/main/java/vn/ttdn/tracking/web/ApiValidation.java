package vn.ttdn.tracking.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;
import vn.ttdn.common.UserFacingException;

/** Validates a form bound outside @Valid (multipart API), answering with the first message and its field. */
final class ApiValidation {

    private ApiValidation() {
    }

    static <T> void check(Validator validator, T form) {
        Set<ConstraintViolation<T>> violations = validator.validate(form);
        violations.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).ifPresent(v -> {
            throw new UserFacingException(v.getPropertyPath().toString(), v.getMessage());
        });
    }
}
