package vn.ttdn.intake;

import org.springframework.context.MessageSourceResolvable;
import vn.ttdn.common.Texts;

/**
 * A document that cannot be read, for the user who uploaded it: the message is a key of intake's bundle (or a
 * Vietnamese text shown as it is); {@code getMessage()} is Vietnamese, as the command line prints it.
 */
public class DocumentReadException extends Exception implements MessageSourceResolvable {

    private final String key;
    private final Object[] arguments;

    public DocumentReadException(String message) {
        this(message, new Object[0]);
    }

    /** A refusal by message key; the arguments fill the key's {0}, {1} … */
    public DocumentReadException(String key, Object... arguments) {
        super(Texts.vietnamese(key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    public DocumentReadException(String message, Throwable cause) {
        super(Texts.vietnamese(message), cause);
        this.key = message;
        this.arguments = new Object[0];
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
