package vn.ttdn.directory.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.ttdn.common.UserFacingException;

/**
 * Names are unique within a province. Name resolution answers an exact match by key (full name, short name or alias,
 * with or without the province's name), so two agencies sharing a key would send one's tasks to the other. A name
 * clashes when its key is a name, short name or alias of another agency of the province, ended ones included: an
 * ended agency's names are the former names of the one that took over its work. Agencies of one lineage (through
 * mergers and renamings) share names freely, since every one of them resolves to the same successor.
 *
 * <p>"tỉnh" and "thành phố" name different levels: "Ủy ban nhân dân thành phố Tuyên Quang" (a city of the province)
 * and "Ủy ban nhân dân tỉnh" are two agencies, although both keys end up "uy ban nhan dan"; a name without a level
 * ("Công an") clashes with either.
 */
final class NameClaims {

    /** A name as resolution compares it, with the level word it named ("tinh", "thanh pho" or none). */
    record Key(String base, String level) {
        boolean clashes(Key other) {
            return base.equals(other.base) && (level.isEmpty() || other.level.isEmpty() || level.equals(other.level));
        }
    }

    /** A name someone asks an agency to carry, with the form field it was typed in. */
    record Claim(String field, String name) {
    }

    private NameClaims() {
    }

    /**
     * Refuses the first claim whose key another agency of the province holds, naming that agency.
     *
     * @param self the agency being changed, or null for a new one
     * @param province all agencies of the province, ended ones included
     */
    static void check(Agency self, List<Claim> claims, List<Agency> province, String provinceName) {
        Map<Long, Agency> byId = new HashMap<>();
        province.forEach(a -> byId.put(a.id, a));
        Long lineage = self == null || self.id == null ? null : lastSuccessor(self, byId).id;
        for (Claim claim : claims) {
            Key key = key(claim.name(), provinceName);
            if (key.base().isEmpty()) {
                continue;
            }
            for (Agency other : province) {
                Agency holder = lastSuccessor(other, byId);
                if (holder.id.equals(lineage) || keys(other, provinceName).stream().noneMatch(key::clashes)) {
                    continue;
                }
                throw new UserFacingException(claim.field(), message(claim.name(), other, holder));
            }
        }
    }

    /**
     * Refuses an agency name that is a group's name or alias. Resolution looks at groups first, so the agency would
     * never be found by it, and a plan naming it would go to the group's members.
     */
    static void checkAgainstGroups(List<Claim> claims, List<AgencyGroup> groups, String provinceName) {
        for (Claim claim : claims) {
            Key key = key(claim.name(), provinceName);
            for (AgencyGroup group : groups) {
                if (!key.base().isEmpty() && group.keys().stream().map(k -> folded(k, provinceName))
                        .anyMatch(key::clashes)) {
                    throw new UserFacingException(claim.field(), "Tên “" + claim.name().strip()
                            + "” đã là tên của nhóm " + group.name + ".");
                }
            }
        }
    }

    /** The key name resolution compares: folded, abbreviations written out, the province's name left off. */
    static Key key(String name, String provinceName) {
        return name == null ? new Key("", "") : folded(AgencyNameKey.of(name), provinceName);
    }

    private static Key folded(String nameKey, String provinceName) {
        String base = AgencyNameKey.withoutProvince(nameKey, provinceName);
        String province = AgencyNameKey.of(provinceName);
        String rest = nameKey.endsWith(" " + province) ? nameKey.substring(0, nameKey.length() - province.length() - 1)
                : nameKey;
        String level = rest.endsWith(" thanh pho") ? "thanh pho" : rest.endsWith(" tinh") ? "tinh" : "";
        return new Key(base, base.equals(rest.strip()) ? "" : level);
    }

    static Set<Key> keys(Agency agency, String provinceName) {
        Set<Key> keys = new HashSet<>();
        keys.add(key(agency.fullName, provinceName));
        if (agency.shortName != null) {
            keys.add(key(agency.shortName, provinceName));
        }
        agency.aliases.forEach(a -> keys.add(folded(a.aliasKey, provinceName)));
        keys.removeIf(k -> k.base().isEmpty());
        return keys;
    }

    private static Agency lastSuccessor(Agency agency, Map<Long, Agency> byId) {
        Agency current = agency;
        Set<Long> seen = new HashSet<>();
        while (current.successorId != null && byId.containsKey(current.successorId) && seen.add(current.id)) {
            current = byId.get(current.successorId);
        }
        return current;
    }

    private static String message(String name, Agency other, Agency holder) {
        String taken = "Tên “" + name.strip() + "” đã là tên của đơn vị khác: ";
        if (other == holder) {
            return taken + other.fullName + (other.active ? "." : " (đã ngừng hoạt động).");
        }
        return taken + other.fullName + ", nay là " + holder.fullName + ".";
    }

    /** The claims of a form: full name, short name and each alias line, as typed. */
    static List<Claim> of(String fullName, String shortName, String aliasLines) {
        List<Claim> claims = new java.util.ArrayList<>();
        claims.add(new Claim("fullName", fullName));
        if (shortName != null && !shortName.isBlank()) {
            claims.add(new Claim("shortName", shortName));
        }
        if (aliasLines != null) {
            aliasLines.lines().filter(s -> !s.isBlank()).forEach(s -> claims.add(new Claim("aliases", s)));
        }
        return List.copyOf(claims);
    }

    /** Only what the agency does not already carry: a clash stored before this rule does not block other edits. */
    static List<Claim> newTo(Agency self, List<Claim> claims, String provinceName) {
        if (self == null) {
            return claims;
        }
        Set<Key> held = keys(self, provinceName);
        return claims.stream().filter(c -> !held.contains(key(c.name(), provinceName))).toList();
    }
}
