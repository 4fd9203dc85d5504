package vn.ttdn.directory.internal;

import java.util.HashSet;
import java.util.Set;
import vn.ttdn.common.ForbiddenException;
import vn.ttdn.directory.AgencyForm;
import vn.ttdn.identity.CurrentUser;

/** Who may change what in the directory, asked of the signed-in user. */
final class DirectoryRights {

    private DirectoryRights() {
    }

    /**
     * A leader keeps her agency's place in the directory: a province, kind or parent other than the stored one is
     * refused (left out, the stored one is kept); whether it coordinates is not hers to say either.
     */
    static void keepPlace(Agency agency, AgencyForm form) {
        boolean moved = (form.getProvinceId() != null && form.getProvinceId() != agency.provinceId)
                || (form.getKind() != null && form.getKind() != agency.kind)
                || (form.getParentId() != null && !form.getParentId().equals(agency.parentId));
        if (moved) {
            throw new ForbiddenException("agency.forbidden.place");
        }
        form.setProvinceId(agency.provinceId);
        form.setKind(agency.kind);
        form.setCoordinator(agency.coordinator);
        form.setParentId(agency.parentId);
        keepNames(agency, form);
    }

    /**
     * Names decide where intake sends work, so they are the coordinator's to change (see {@link #mayEditNames(Agency)}); a
     * leader's form may leave them out or repeat them, and any other value is refused.
     */
    private static void keepNames(Agency agency, AgencyForm form) {
        boolean renamed = (form.getFullName() != null && !form.getFullName().strip().equals(agency.fullName))
                || (form.getShortName() != null && !java.util.Objects.equals(blankToNull(form.getShortName()),
                agency.shortName))
                || (form.getAliases() != null && !aliasKeys(form.getAliases()).equals(aliasKeys(agency)));
        if (renamed) {
            throw new ForbiddenException("agency.forbidden.names");
        }
        form.setFullName(agency.fullName);
        form.setShortName(agency.shortName);
        form.setAliases(null);
    }

    /** Who may change an agency's name, short name and aliases: its province's coordinator, the administrator. */
    static boolean mayEditNames(Agency agency) {
        return CurrentUser.get().coordinates(agency.provinceId);
    }

    private static Set<String> aliasKeys(String lines) {
        Set<String> keys = new HashSet<>(lines.lines().map(AgencyNameKey::of).toList());
        keys.remove("");
        return keys;
    }

    private static Set<String> aliasKeys(Agency agency) {
        Set<String> keys = new HashSet<>();
        agency.aliases.forEach(a -> keys.add(a.aliasKey));
        return keys;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Its province's coordinator changes everything; the agency's own leader its contacts and designations. */
    static boolean mayEdit(Agency agency) {
        CurrentUser user = CurrentUser.get();
        return user.coordinates(agency.provinceId)
                || (user.actsFor(agency.id) && user.has(vn.ttdn.identity.Role.AGENCY_LEADER));
    }

    static void requireEditable(Agency agency) {
        if (!mayEdit(agency)) {
            throw new ForbiddenException("agency.forbidden.edit");
        }
    }

    static void requireCoordinator(long provinceId) {
        if (!CurrentUser.get().coordinates(provinceId)) {
            throw new ForbiddenException("directory.forbidden.coordinator");
        }
    }

    static void requireAdmin() {
        if (!CurrentUser.get().isAdmin()) {
            throw new ForbiddenException("directory.forbidden.admin");
        }
    }
}
