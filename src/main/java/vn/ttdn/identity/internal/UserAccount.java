package vn.ttdn.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ttdn.common.TextFolding;
import vn.ttdn.identity.Role;
import vn.ttdn.changes.ProvinceData;

/** A person who signs in. Wrong passwords no longer lock her out (the columns failed_attempts and locked_until
 * are left unused): {@link LoginThrottle} slows guessers down instead. */
@Entity
@Table(name = "app_user")
class UserAccount implements ProvinceData {
    @Override
    public Long provinceId() {
        return provinceId;
    }


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    String username;
    String passwordHash;
    String fullName;
    String email;
    Long agencyId;
    Long provinceId;
    @Column(name = "roles")
    String roleNames;
    boolean enabled = true;
    boolean mustChangePassword;
    String searchText = "";
    @Version
    long version;
    OffsetDateTime createdAt = OffsetDateTime.now();

    Set<Role> roles() {
        if (roleNames == null || roleNames.isBlank()) {
            return EnumSet.noneOf(Role.class);
        }
        return Arrays.stream(roleNames.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    void setRoles(Set<Role> roles) {
        roleNames = roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    void refreshSearchText(String agencyName) {
        searchText = TextFolding.foldAll(username, fullName, email, agencyName);
    }

    /** Changes whenever roles, agency, province, status or password change: open sessions compare it. */
    String securityStamp() {
        return securityStamp(roleNames, agencyId, provinceId, enabled, passwordHash);
    }

    static String securityStamp(String roleNames, Long agencyId, Long provinceId, boolean enabled,
                                String passwordHash) {
        return Integer.toHexString(java.util.Objects.hash(roleNames, agencyId, provinceId, enabled, passwordHash));
    }

    /** What the audit log keeps of a user: never the password hash. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", username);
        m.put("fullName", fullName);
        m.put("email", email);
        m.put("agencyId", agencyId);
        m.put("roles", roleNames);
        m.put("enabled", enabled);
        return m;
    }
}
