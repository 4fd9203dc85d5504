package vn.ttdn.common;

import org.springframework.context.MessageSourceResolvable;

/**
 * A refusal the user caused and can fix. It is made of a key of the message bundles (with arguments) and resolved
 * in the user's language where it is shown ({@code messages.getMessage(e, locale)}); its {@code getMessage()} is the
 * Vietnamese text. A message that is no key is shown as it is.
 */
public class UserFacingException extends RuntimeException implements MessageSourceResolvable {

    private final String field;
    private final String key;
    private final Object[] arguments;

    public UserFacingException(String message) {
        this(null, message);
    }

    public UserFacingException(String field, String message) {
        this(field, message, new Object[0]);
    }

    /** A refusal by message key; the arguments fill the key's {0}, {1} … */
    public UserFacingException(String field, String key, Object... arguments) {
        super(Texts.vietnamese(key, arguments));
        this.field = field;
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** The form field the message belongs next to, or null for the whole form. */
    public String field() {
        return field;
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
