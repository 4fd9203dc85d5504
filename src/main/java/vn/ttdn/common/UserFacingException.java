package vn.ttdn.common;

/** A refusal the user caused and can fix; its message is shown to her as it is, in Vietnamese. */
public class UserFacingException extends RuntimeException {

    private final String field;

    public UserFacingException(String message) {
        this(null, message);
    }

    public UserFacingException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The form field the message belongs next to, or null for the whole form. */
    public String field() {
        return field;
    }
}
