package vn.ttdn.intake;

/** A document that cannot be read; the message is Vietnamese and meant for the user who uploaded it. */
public class DocumentReadException extends Exception {

    public DocumentReadException(String vietnameseMessage) {
        super(vietnameseMessage);
    }

    public DocumentReadException(String vietnameseMessage, Throwable cause) {
        super(vietnameseMessage, cause);
    }
}
