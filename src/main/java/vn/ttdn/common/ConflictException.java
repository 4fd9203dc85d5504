package vn.ttdn.common;

/** Someone else changed the record since the user opened it; the message says who and what. */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}
