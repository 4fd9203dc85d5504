package vn.ttdn.identity;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user and her scope. Services ask it, not the page, whether something may be seen or changed.
 * {@code provinceId} is null only for a system administrator without a province; {@code provinceScope} is that
 * province and every province merged into it, whose records the user inherits. Serializable: it is kept in the
 * session, which lives in the database (Spring Session JDBC).
 */
public record CurrentUser(long id, String username, String fullName, Long agencyId, Long provinceId,
                          Set<Long> provinceScope, Set<Role> roles) implements java.io.Serializable {

    public static CurrentUser get() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof TtdnPrincipal principal) {
            return principal.user();
        }
        throw new org.springframework.security.access.AccessDeniedException("Chưa đăng nhập.");
    }

    /**
     * The provinces whose data this user's pages show, for keying what is kept per state of the data; null for a
     * national reader (an administrator), whose pages may show any province.
     */
    public Set<Long> provincesRead() {
        return isAdmin() || provinceScope.isEmpty() ? null : provinceScope;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has(Role.ADMIN);
    }

    /** May read everything in this province (coordinator, provincial leadership, administrator). */
    public boolean readsWholeProvince(long province) {
        return isAdmin() || ((has(Role.COORDINATOR) || has(Role.VIEWER)) && provinceScope.contains(province));
    }

    /** May create and change plans and tasks in this province. */
    public boolean coordinates(long province) {
        return isAdmin() || (has(Role.COORDINATOR) && provinceScope.contains(province));
    }

    /** May follow this agency's work: its own people, and whoever reads its whole province. */
    public boolean followsAgency(long agency, long province) {
        return readsWholeProvince(province) || Long.valueOf(agency).equals(agencyId);
    }

    /** Belongs to this province at all. */
    public boolean inProvince(long province) {
        return isAdmin() || provinceScope.contains(province);
    }

    /** Works for this agency as its officer or leader. */
    public boolean actsFor(Long agency) {
        return agency != null && agency.equals(agencyId) && (has(Role.AGENCY_OFFICER) || has(Role.AGENCY_LEADER));
    }
}
