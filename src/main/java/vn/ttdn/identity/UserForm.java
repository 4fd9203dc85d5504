package vn.ttdn.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** What an administrator fills in for a user. The password is only for a new user or a reset. */
public class UserForm {
    @NotBlank(message = "{user.username.required}")
    @Pattern(regexp = "[A-Za-z0-9._-]{3,50}", message = "{user.username.pattern}")
    private String username;
    @NotBlank(message = "{user.fullName.required}")
    @Size(max = 200, message = "{field.tooLong}")
    private String fullName;
    @Email(message = "{user.email.invalid}")
    @Size(max = 200, message = "{field.tooLong}")
    private String email;
    private Long agencyId;
    @NotEmpty(message = "{user.roles.required}")
    private Set<Role> roles = EnumSet.noneOf(Role.class);
    private boolean enabled = true;
    private String password;
    @NotNull(groups = vn.ttdn.common.Updating.class, message = "{version.required}")
    private Long version;

    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getFullName() { return fullName; }
    public void setFullName(String fullName) { this.fullName = fullName; }
    public String getEmail() { return email; }
    public void setEmail(String email) { this.email = email; }
    public Long getAgencyId() { return agencyId; }
    public void setAgencyId(Long agencyId) { this.agencyId = agencyId; }
    public Set<Role> getRoles() { return roles; }
    public void setRoles(Set<Role> roles) { this.roles = roles; }
    public boolean isEnabled() { return enabled; }
    public void setEnabled(boolean enabled) { this.enabled = enabled; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
