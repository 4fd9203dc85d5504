package vn.ttdn.common;

import org.springframework.context.MessageSourceResolvable;

/** The user is known but may not do this. The message is a bundle key, or a Vietnamese text shown as it is. */
public class ForbiddenException extends RuntimeException implements MessageSourceResolvable {

    private final String key;

    public ForbiddenException(String message) {
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
