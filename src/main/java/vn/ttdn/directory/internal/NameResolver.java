package vn.ttdn.directory.internal;

import java.util.List;
import vn.ttdn.directory.NameMatch;

/**
 * Resolves a printed name against a province's agencies and groups: exact keys first (full name, short name,
 * aliases, with or without the province's name), then the closest near miss above a threshold.
 */
final class NameResolver {

    static final double NEAR_MISS = 0.88;

    private NameResolver() {
    }

    static NameMatch resolve(String printed, String provinceName, List<Agency> agencies, List<AgencyGroup> groups) {
        String key = AgencyNameKey.withoutProvince(AgencyNameKey.of(printed), provinceName);
        if (key.isEmpty()) {
            return NameMatch.none(printed);
        }
        for (AgencyGroup g : groups) {
            if (g.keys().stream().anyMatch(k -> AgencyNameKey.withoutProvince(k, provinceName).equals(key))) {
                return new NameMatch(printed, null, g.id, g.name, true);
            }
        }
        NameClaims.Key printedKey = NameClaims.key(printed, provinceName);
        Agency best = null;
        double bestScore = 0;
        for (Agency a : agencies) {
            double score = score(a, printedKey, provinceName);
            if (score > bestScore || (score == bestScore && best != null && a.active && !best.active)) {
                best = a;
                bestScore = score;
            }
        }
        if (best == null || bestScore < NEAR_MISS) {
            return nearestGroup(printed, key, provinceName, groups);
        }
        return new NameMatch(printed, best.id, null, best.fullName, bestScore == 1.0);
    }

    private static NameMatch nearestGroup(String printed, String key, String provinceName, List<AgencyGroup> groups) {
        for (AgencyGroup g : groups) {
            for (String groupKey : g.keys()) {
                if (AgencyNameKey.similarity(key, AgencyNameKey.withoutProvince(groupKey, provinceName)) >= NEAR_MISS) {
                    return new NameMatch(printed, null, g.id, g.name, false);
                }
            }
        }
        return NameMatch.none(printed);
    }

    /** The best of the agency's names; "thành phố X" never matches a "tỉnh X" name, they are different levels. */
    private static double score(Agency a, NameClaims.Key printed, String provinceName) {
        double best = 0;
        for (NameClaims.Key name : NameClaims.keys(a, provinceName)) {
            boolean otherLevel = !printed.level().isEmpty() && !name.level().isEmpty()
                    && !printed.level().equals(name.level());
            if (!otherLevel) {
                best = Math.max(best, name.base().equals(printed.base()) ? 1.0
                        : AgencyNameKey.similarity(printed.base(), name.base()));
            }
        }
        return best;
    }
}
