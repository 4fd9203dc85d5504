package vn.ttdn.directory.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.GroupView;
import vn.ttdn.changes.ProvinceData;

@Entity
class AgencyGroup implements ProvinceData {
    @Override
    public Long provinceId() {
        return provinceId;
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    long provinceId;
    String name;
    String nameKey;
    String memberKinds = "";
    /** Other ways plans print the group, one per line. */
    String aliases = "";
    @ElementCollection
    @CollectionTable(name = "agency_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "agency_id")
    Set<Long> members = new LinkedHashSet<>();
    boolean active = true;
    Long successorId;
    java.time.LocalDate endedOn;
    @Version
    long version;

    Set<AgencyKind> kinds() {
        if (memberKinds.isBlank()) {
            return EnumSet.noneOf(AgencyKind.class);
        }
        return Arrays.stream(memberKinds.split(",")).map(AgencyKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(AgencyKind.class)));
    }

    void setKinds(Set<AgencyKind> kinds) {
        memberKinds = kinds.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /** Members are agencies of the group's province, or of a province it was merged into, of the listed kinds. */
    boolean includes(Agency agency, java.util.Set<Long> agencyProvinceScope) {
        return agencyProvinceScope.contains(provinceId) && (kinds().contains(agency.kind) || members.contains(agency.id));
    }

    java.util.List<String> keys() {
        java.util.List<String> keys = new java.util.ArrayList<>();
        keys.add(nameKey);
        aliases.lines().map(AgencyNameKey::of).filter(k -> !k.isEmpty()).forEach(keys::add);
        return keys;
    }

    GroupView view() {
        return new GroupView(id, provinceId, name, kinds(), members.stream().toList());
    }
}
