package vn.ttdn.common;

import org.springframework.context.MessageSourceResolvable;

/**
 * What the refusals have in common: a key of the message bundles (or a text shown as it is) with its arguments,
 * resolved in the reader's language where it is shown ({@code messages.getMessage(e, locale)}); {@code getMessage()}
 * is the Vietnamese text, for logs, the command line and service tests.
 */
public abstract class Refusal extends RuntimeException implements MessageSourceResolvable {

    private final String key;
    private final Object[] arguments;

    protected Refusal(String key, Object... arguments) {
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
