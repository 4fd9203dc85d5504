package vn.ttdn.intake;

import org.springframework.context.MessageSourceResolvable;
import vn.ttdn.common.Texts;

/**
 * A document that cannot be read, for the user who uploaded it: the message is a key of intake's bundle (or a
 * Vietnamese text shown as it is); {@code getMessage()} is Vietnamese, as the command line prints it.
 */
public class DocumentReadException extends Exception implements MessageSourceResolvable {

    private final String key;

    public DocumentReadException(String message) {
        super(Texts.vietnamese(message));
        this.key = message;
    }

    public DocumentReadException(String message, Throwable cause) {
        super(Texts.vietnamese(message), cause);
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
