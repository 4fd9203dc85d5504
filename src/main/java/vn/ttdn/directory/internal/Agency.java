package vn.ttdn.directory.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ttdn.common.TextFolding;
import vn.ttdn.directory.AgencyForm;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.changes.ProvinceData;

@Entity
class Agency implements ProvinceData {
    @Override
    public Long provinceId() {
        return provinceId;
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    long provinceId;
    Long parentId;
    @Enumerated(EnumType.STRING)
    AgencyKind kind;
    String fullName;
    String shortName;
    boolean coordinator;
    String email;
    String phone;
    String address;
    String ttdnLeaderName;
    String ttdnLeaderContact;
    String ttdnOfficerName;
    String ttdnOfficerContact;
    boolean active = true;
    Long successorId;
    LocalDate endedOn;
    String searchText = "";
    @Version
    long version;
    OffsetDateTime createdAt = OffsetDateTime.now();
    OffsetDateTime updatedAt = OffsetDateTime.now();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "agency_id", nullable = false)
    List<AgencyAlias> aliases = new ArrayList<>();

    void apply(AgencyForm form) {
        provinceId = form.getProvinceId();
        parentId = form.getParentId();
        kind = form.getKind();
        fullName = form.getFullName().strip();
        shortName = blankToNull(form.getShortName());
        coordinator = form.isCoordinator();
        email = blankToNull(form.getEmail());
        phone = blankToNull(form.getPhone());
        address = blankToNull(form.getAddress());
        ttdnLeaderName = blankToNull(form.getTtdnLeaderName());
        ttdnLeaderContact = blankToNull(form.getTtdnLeaderContact());
        ttdnOfficerName = blankToNull(form.getTtdnOfficerName());
        ttdnOfficerContact = blankToNull(form.getTtdnOfficerContact());
        updatedAt = OffsetDateTime.now();
    }

    boolean hasAlias(String key) {
        return aliases.stream().anyMatch(a -> a.aliasKey.equals(key));
    }

    void addAlias(String alias) {
        String key = AgencyNameKey.of(alias);
        if (!key.isEmpty() && !hasAlias(key) && !key.equals(AgencyNameKey.of(fullName))) {
            aliases.add(new AgencyAlias(alias.strip(), key));
        }
        refreshSearchText();
    }

    void refreshSearchText() {
        StringBuilder all = new StringBuilder(TextFolding.foldAll(fullName, shortName, email, ttdnOfficerName,
                ttdnLeaderName));
        aliases.forEach(a -> all.append(' ').append(TextFolding.fold(a.alias)));
        searchText = all.toString();
    }

    AgencyView view(String provinceName) {
        return new AgencyView(id, provinceId, provinceName, parentId, kind, fullName, shortName, coordinator, email,
                phone, address, ttdnLeaderName, ttdnLeaderContact, ttdnOfficerName, ttdnOfficerContact, active,
                successorId, endedOn, aliases.stream().map(a -> a.alias).toList(), version);
    }

    /** The agency as its edit form shows it, aliases one per line. */
    AgencyForm toForm() {
        AgencyForm form = AgencyForm.of(provinceId, kind, fullName, shortName);
        form.setParentId(parentId);
        form.setCoordinator(coordinator);
        form.setEmail(email);
        form.setPhone(phone);
        form.setAddress(address);
        form.setTtdnLeaderName(ttdnLeaderName);
        form.setTtdnLeaderContact(ttdnLeaderContact);
        form.setTtdnOfficerName(ttdnOfficerName);
        form.setTtdnOfficerContact(ttdnOfficerContact);
        form.setAliases(String.join("\n", aliases.stream().map(a -> a.alias).toList()));
        form.setVersion(version);
        return form;
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fullName", fullName);
        m.put("shortName", shortName);
        m.put("kind", kind);
        m.put("coordinator", coordinator);
        m.put("email", email);
        m.put("phone", phone);
        m.put("ttdnLeader", ttdnLeaderName);
        m.put("ttdnOfficer", ttdnOfficerName);
        m.put("active", active);
        m.put("successorId", successorId);
        m.put("aliases", aliases.stream().map(a -> a.alias).toList());
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
