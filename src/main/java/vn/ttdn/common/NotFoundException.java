package vn.ttdn.common;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The record does not exist, or the user may not know that it does (answered alike, so scope does not leak).
 * What was not found is a bundle key (or a Vietnamese word); the message "Không tìm thấy …" is the key
 * {@code error.notFound}.
 */
public class NotFoundException extends RuntimeException implements MessageSourceResolvable {

    private final String what;

    public NotFoundException(String what) {
        super(Texts.vietnamese("error.notFound", Texts.vietnamese(what)));
        this.what = what;
    }

    @Override
    public String[] getCodes() {
        return new String[] {"error.notFound"};
    }

    @Override
    public Object[] getArguments() {
        return new Object[] {new DefaultMessageSourceResolvable(new String[] {what}, what)};
    }

    @Override
    public String getDefaultMessage() {
        return getMessage();
    }
}
