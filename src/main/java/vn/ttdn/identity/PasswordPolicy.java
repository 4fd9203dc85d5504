package vn.ttdn.identity;

import vn.ttdn.common.UserFacingException;

/** At least 10 characters with a letter and a digit: long enough to resist guessing, short enough to type. */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;

    private PasswordPolicy() {
    }

    public static void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > 200
                || !password.chars().anyMatch(Character::isLetter) || !password.chars().anyMatch(Character::isDigit)) {
            throw new UserFacingException(field,
                    "Mật khẩu phải có ít nhất " + MIN_LENGTH + " ký tự, gồm cả chữ và số.");
        }
    }
}
