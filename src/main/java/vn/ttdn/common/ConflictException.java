package vn.ttdn.common;

import org.springframework.context.MessageSourceResolvable;

/**
 * Someone else changed the record since the user opened it; the message says who and what. It is a bundle key, or a
 * Vietnamese text shown as it is.
 */
public class ConflictException extends RuntimeException implements MessageSourceResolvable {

    private final String key;
    private final Object[] arguments;

    /** A bundle key (or a text); the arguments fill the key's {0}, {1} … */
    public ConflictException(String key, Object... arguments) {
        super(Texts.vietnamese(key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
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
