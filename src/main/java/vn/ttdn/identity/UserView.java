package vn.ttdn.identity;

import java.time.OffsetDateTime;
import java.util.Set;

/** A user as lists and pages show her. */
public record UserView(long id, String username, String fullName, String email, Long agencyId, String agencyName,
                       Set<Role> roles, boolean enabled, OffsetDateTime createdAt, long version) {
}
