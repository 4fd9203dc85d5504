package vn.ttdn.identity;

import vn.ttdn.common.UserFacingException;

/**
 * A password the policy refuses: the message is Vietnamese as every {@link UserFacingException}'s, and the key and
 * arguments let a page show it in the user's language.
 */
public final class PasswordRefused extends UserFacingException {

    private final PasswordPolicy.Rule rule;

    PasswordRefused(String field, PasswordPolicy.Rule rule) {
        super(field, rule.vietnamese());
        this.rule = rule;
    }

    @Override
    public String[] getCodes() {
        return new String[] {rule.key()};
    }

    @Override
    public Object[] getArguments() {
        return rule.arguments();
    }

    public String messageKey() {
        return rule.key();
    }

    public Object[] messageArguments() {
        return rule.arguments();
    }
}
