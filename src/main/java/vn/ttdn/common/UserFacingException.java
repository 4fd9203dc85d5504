package vn.ttdn.common;

/**
 * A refusal the user caused and can fix, made of a key of the message bundles (with arguments): see {@link Refusal}.
 * A message that is no key is shown as it is.
 */
public class UserFacingException extends Refusal {

    private final String field;

    public UserFacingException(String message) {
        this(null, message);
    }

    public UserFacingException(String field, String message) {
        this(field, message, new Object[0]);
    }

    /** A refusal by message key; the arguments fill the key's {0}, {1} … */
    public UserFacingException(String field, String key, Object... arguments) {
        super(key, arguments);
        this.field = field;
    }

    /** The form field the message belongs next to, or null for the whole form. */
    public String field() {
        return field;
    }
}
