package vn.ttdn.identity.web;

import jakarta.validation.constraints.NotBlank;

/** A new password typed twice by the administrator. */
public class PasswordResetForm {
    @NotBlank(message = "{user.password.required}")
    private String password;
    @NotBlank(message = "{user.password.confirmRequired}")
    private String confirmPassword;

    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmPassword() { return confirmPassword; }
    public void setConfirmPassword(String confirmPassword) { this.confirmPassword = confirmPassword; }
}
