package vn.ttdn.common;

/** The record does not exist, or the user may not know that it does (answered alike, so scope does not leak). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super("Không tìm thấy " + what + ".");
    }
}
