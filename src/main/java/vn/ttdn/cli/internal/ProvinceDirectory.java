package vn.ttdn.cli.internal;

import java.util.List;
import java.util.Random;
import vn.ttdn.cli.internal.ProvinceCatalog.ProvinceSpec;
import vn.ttdn.directory.AgencyKind;

/** What the plan generator needs to know about one province's directory once it is written. */
record ProvinceDirectory(long provinceId, ProvinceSpec spec, List<AgencyRow> agencies, AgencyRow coordinator,
                         GroupRow departments, GroupRow communes) {

    /** An agency as tasks and updates reference it. */
    record AgencyRow(long id, AgencyKind kind, String fullName, String officerName) {
    }

    /** A group such as "Các sở, ban, ngành", standing for every agency of its kinds. */
    record GroupRow(long id, String name, List<AgencyKind> kinds) {

        boolean includes(AgencyKind kind) {
            return kinds.contains(kind);
        }
    }

    List<AgencyRow> ofKind(AgencyKind kind) {
        return agencies.stream().filter(a -> a.kind() == kind).toList();
    }

    /** A random agency of the kind, or the coordinator when the province has none. */
    AgencyRow anyOf(AgencyKind kind, Random random) {
        List<AgencyRow> candidates = ofKind(kind);
        return candidates.isEmpty() ? coordinator : candidates.get(random.nextInt(candidates.size()));
    }

    /** The first agency whose name starts with the prefix ("Sở Ngoại vụ", "Công an"), or the coordinator. */
    AgencyRow named(String prefix) {
        return agencies.stream().filter(a -> a.fullName().startsWith(prefix)).findFirst().orElse(coordinator);
    }

    /** An agency that reports for a group: a random member. */
    AgencyRow memberOf(GroupRow group, Random random) {
        AgencyKind kind = group.kinds().get(random.nextInt(group.kinds().size()));
        return anyOf(kind, random);
    }
}
