package vn.ttdn.common;

/**
 * Someone else changed the record since the user opened it; the message says who and what. It is a bundle key, or a
 * Vietnamese text shown as it is.
 */
public class ConflictException extends Refusal {

    /** A bundle key (or a text); the arguments fill the key's {0}, {1} … */
    public ConflictException(String key, Object... arguments) {
        super(key, arguments);
    }
}
