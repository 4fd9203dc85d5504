package vn.ttdn.common;

/** The user is known but may not do this. The message is a bundle key, or a Vietnamese text shown as it is. */
public class ForbiddenException extends Refusal {

    public ForbiddenException(String message) {
        super(message);
    }
}
