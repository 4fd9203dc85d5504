package vn.ttdn.identity.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.validation.BindingResult;
import vn.ttdn.common.Forms;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.identity.PasswordRefused;

/** A service's refusal in the user's language when it has a message key (a refused password), else as it is. */
final class Refusals {

    private Refusals() {
    }

    static void reject(BindingResult result, UserFacingException e) {
        if (e instanceof PasswordRefused refused && refused.field() != null && result.getTarget() != null
                && org.springframework.beans.BeanUtils.getPropertyDescriptor(result.getTarget().getClass(),
                        refused.field()) != null) {
            result.rejectValue(refused.field(), refused.messageKey(), refused.messageArguments(), e.getMessage());
        } else {
            Forms.reject(result, e);
        }
    }

    static String message(UserFacingException e, MessageSource messages, Locale locale) {
        return messages.getMessage(e, locale);
    }
}
