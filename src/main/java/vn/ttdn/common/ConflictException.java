package vn.ttdn.common;

import org.springframework.context.MessageSourceResolvable;

/**
 * Someone else changed the record since the user opened it; the message says who and what. It is a bundle key, or a
 * Vietnamese text shown as it is.
 */
public class ConflictException extends RuntimeException implements MessageSourceResolvable {

    private final String key;

    public ConflictException(String message) {
        super(Texts.vietnamese(message));
        this.key = message;
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
