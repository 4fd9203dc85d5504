package vn.ttdn.identity;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a user: credentials, lock state and roles as authorities. */
public final class TtdnPrincipal implements UserDetails {

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final String stamp;

    public TtdnPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked) {
        this(user, passwordHash, enabled, locked, "");
    }

    /** {@code stamp} sums up roles, agency, status and password when signed in, to notice later changes. */
    public TtdnPrincipal(CurrentUser user, String passwordHash, boolean enabled, boolean locked, String stamp) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.stamp = stamp;
    }

    public String stamp() {
        return stamp;
    }

    public CurrentUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = user.roles().stream()
                .<GrantedAuthority>map(r -> new SimpleGrantedAuthority("ROLE_" + r.name())).toList();
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
