package vn.ttdn.directory.internal;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.ConflictException;
import vn.ttdn.common.ForbiddenException;
import vn.ttdn.common.NotFoundException;
import vn.ttdn.common.PerDataState;
import vn.ttdn.common.TextFolding;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.directory.AgencyForm;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.GroupView;
import vn.ttdn.directory.NameMatch;
import vn.ttdn.directory.ProvinceView;
import vn.ttdn.identity.AuditTrail;
import vn.ttdn.identity.CurrentUser;

/** Reading and changing the directory. Reorganisations live in {@link Reorganiser}, searching in {@link AgencySearch}. */
@Service
@Transactional(readOnly = true)
class DirectoryService {

    static final Comparator<String> VIETNAMESE = vn.ttdn.common.VietnameseOrder.NAMES;

    private final AgencyRepository agencies;
    private final ProvinceRepository provinces;
    private final AgencyGroupRepository groups;
    private final AuditTrail audit;
    private final PerDataState<Long, Set<Long>> groupsByAgency;

    DirectoryService(AgencyRepository agencies, ProvinceRepository provinces, AgencyGroupRepository groups,
                     AuditTrail audit) {
        this.agencies = agencies;
        this.provinces = provinces;
        this.groups = groups;
        this.audit = audit;
        this.groupsByAgency = new PerDataState<>(audit::lastChange, 10_000);
    }

    List<ProvinceView> provinces() {
        return provinces.findAll().stream().map(Province::view)
                .sorted(Comparator.comparing(ProvinceView::name, VIETNAMESE)).toList();
    }

    Province province(long id) {
        return provinces.findById(id).orElseThrow(() -> new NotFoundException("tỉnh"));
    }

    Agency agency(long id) {
        return agencies.findById(id).orElseThrow(() -> new NotFoundException("đơn vị"));
    }

    AgencyView view(Agency a) {
        return a.view(province(a.provinceId).name);
    }

    List<AgencyView> agencies(long provinceId, boolean activeOnly) {
        String provinceName = province(provinceId).name;
        return vn.ttdn.common.VietnameseOrder.sortedBy(agencies.viewsByProvinceId(provinceId, provinceName).stream()
                .filter(a -> !activeOnly || a.active()).toList(), AgencyView::fullName);
    }

    List<GroupView> groups(long provinceId) {
        return groups.findByProvinceId(provinceId).stream().filter(g -> g.active).map(AgencyGroup::view)
                .sorted(Comparator.comparing(GroupView::name, VIETNAMESE)).toList();
    }

    AgencyGroup group(long id) {
        return groups.findById(id).orElseThrow(() -> new NotFoundException("nhóm đơn vị"));
    }

    /** The groups an agency belongs to. Lists ask it on every request ("Việc của tôi" twice), hence kept. */
    Set<Long> groupsContaining(long agencyId) {
        return groupsByAgency.get(agencyId, () -> Set.copyOf(computeGroupsContaining(agencyId)));
    }

    private Set<Long> computeGroupsContaining(long agencyId) {
        Agency agency = agency(agencyId);
        Set<Long> scope = provinceScope(agency.provinceId);
        Set<Long> ids = new HashSet<>();
        for (long province : scope) {
            for (AgencyGroup g : groups.findByProvinceId(province)) {
                if (g.active && g.includes(agency, scope)) {
                    ids.add(g.id);
                }
            }
        }
        return ids;
    }

    /** The province and every province merged into it, directly or through others. */
    Set<Long> provinceScope(long provinceId) {
        Set<Long> scope = new HashSet<>();
        scope.add(provinceId);
        boolean grew = true;
        List<Province> all = provinces.findAll();
        while (grew) {
            grew = false;
            for (Province p : all) {
                if (p.successorId != null && scope.contains(p.successorId) && scope.add(p.id)) {
                    grew = true;
                }
            }
        }
        return scope;
    }

    List<AgencyView> membersOf(long groupId) {
        AgencyGroup group = group(groupId);
        String provinceName = province(group.provinceId).name;
        Set<Long> scope = Set.of(group.provinceId);
        return agencies.findByProvinceId(group.provinceId).stream().filter(a -> a.active && group.includes(a, scope))
                .sorted(Comparator.comparing((Agency a) -> a.fullName, VIETNAMESE))
                .map(a -> a.view(provinceName)).toList();
    }

    NameMatch resolve(long provinceId, String printed) {
        if (printed == null || printed.isBlank()) {
            return NameMatch.none(printed);
        }
        NameMatch match = NameResolver.resolve(printed, province(provinceId).name,
                agencies.findByProvinceId(provinceId), groups.findByProvinceId(provinceId));
        if (match.groupId() == null) {
            return match;
        }
        // A group that ended (the districts' people's committees) resolves to the group that replaced it.
        AgencyGroup current = group(match.groupId());
        Set<Long> seen = new HashSet<>();
        while (current.successorId != null && seen.add(current.id)) {
            current = group(current.successorId);
        }
        return new NameMatch(printed, null, current.id, current.name, match.exact());
    }

    @Transactional
    void addAlias(long agencyId, String alias) {
        Agency agency = agency(agencyId);
        requireCoordinator(agency.provinceId);
        checkNames(agency, agency.provinceId, List.of(new NameClaims.Claim("aliases", alias == null ? "" : alias)));
        Map<String, Object> before = agency.snapshot();
        agency.addAlias(alias);
        audit.record("ADD_ALIAS", "Agency", agency.id, agency.provinceId, "Thêm tên gọi khác: " + alias,
                before, agency.snapshot());
    }

    @Transactional
    void addGroupAlias(long groupId, String alias) {
        AgencyGroup group = group(groupId);
        requireCoordinator(group.provinceId);
        String name = alias == null ? "" : alias.strip();
        if (name.isEmpty() || group.keys().contains(AgencyNameKey.of(name))) {
            return;
        }
        requireNoAgencyNamed(group.provinceId, "aliases", name);
        String before = group.aliases;
        group.aliases = before.isBlank() ? name : before + "\n" + name;
        audit.record("ADD_ALIAS", "AgencyGroup", group.id, group.provinceId, "Thêm tên gọi khác của nhóm: " + name,
                Map.of("aliases", before), Map.of("aliases", group.aliases));
    }

    long currentSuccessor(long agencyId) {
        Agency agency = agency(agencyId);
        Set<Long> seen = new HashSet<>();
        while (agency.successorId != null && seen.add(agency.id)) {
            agency = agency(agency.successorId);
        }
        return agency.id;
    }

    @Transactional
    long createAgency(AgencyForm form) {
        requireCoordinator(form.getProvinceId());
        province(form.getProvinceId());
        checkParent(form, null);
        checkNames(null, form);
        Agency agency = new Agency();
        agency.apply(form);
        applyAliases(agency, form.getAliases());
        agencies.saveAndFlush(agency);
        audit.record("CREATE", "Agency", agency.id, agency.provinceId, "Tạo đơn vị " + agency.fullName,
                null, agency.snapshot());
        return agency.id;
    }

    @Transactional
    void updateAgency(long id, AgencyForm form) {
        Agency agency = agency(id);
        CurrentUser user = CurrentUser.get();
        requireEditable(agency);
        if (form.getVersion() != null && form.getVersion() != agency.version) {
            throw new ConflictException("Đơn vị này vừa được người khác sửa (" + agency.updatedAt.toLocalDate()
                    + "). Tải lại trang để xem bản mới rồi sửa lại.");
        }
        if (!user.coordinates(agency.provinceId)) {
            keepPlace(agency, form);
        }
        if (form.getProvinceId() == null || form.getProvinceId() != agency.provinceId) {
            // Moving an agency moves its users, and with them the right to coordinate another province.
            if (!user.isAdmin()) {
                throw new ForbiddenException("Chỉ quản trị hệ thống được chuyển đơn vị sang tỉnh khác.");
            }
            province(form.getProvinceId() == null ? -1 : form.getProvinceId());
        }
        checkParent(form, agency.id);
        checkNames(agency, form);
        Map<String, Object> before = agency.snapshot();
        agency.apply(form);
        applyAliases(agency, form.getAliases());
        audit.record("UPDATE", "Agency", id, agency.provinceId, "Sửa đơn vị " + agency.fullName,
                before, agency.snapshot());
    }

    /**
     * A leader keeps her agency's place in the directory: a province, kind or parent other than the stored one is
     * refused (left out, the stored one is kept); whether it coordinates is not hers to say either.
     */
    private static void keepPlace(Agency agency, AgencyForm form) {
        boolean moved = (form.getProvinceId() != null && form.getProvinceId() != agency.provinceId)
                || (form.getKind() != null && form.getKind() != agency.kind)
                || (form.getParentId() != null && !form.getParentId().equals(agency.parentId));
        if (moved) {
            throw new ForbiddenException("Chỉ cơ quan điều phối của tỉnh hoặc quản trị hệ thống được đổi tỉnh, loại"
                    + " hoặc đơn vị cấp trên của đơn vị.");
        }
        form.setProvinceId(agency.provinceId);
        form.setKind(agency.kind);
        form.setCoordinator(agency.coordinator);
        form.setParentId(agency.parentId);
        keepNames(agency, form);
    }

    /**
     * Names decide where intake sends work, so they are the coordinator's to change (see {@link #mayEditNames}); a
     * leader's form may leave them out or repeat them, and any other value is refused.
     */
    private static void keepNames(Agency agency, AgencyForm form) {
        boolean renamed = (form.getFullName() != null && !form.getFullName().strip().equals(agency.fullName))
                || (form.getShortName() != null && !java.util.Objects.equals(blankToNull(form.getShortName()),
                agency.shortName))
                || (form.getAliases() != null && !aliasKeys(form.getAliases()).equals(aliasKeys(agency)));
        if (renamed) {
            throw new ForbiddenException("Chỉ cơ quan điều phối của tỉnh hoặc quản trị hệ thống được đổi tên, tên"
                    + " viết tắt hoặc tên gọi khác của đơn vị.");
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

    private void checkNames(Agency self, AgencyForm form) {
        checkNames(self, form.getProvinceId(), NameClaims.of(form.getFullName(), form.getShortName(),
                form.getAliases()));
    }

    /** Refuses a name another agency of the (target) province already answers to (see {@link NameClaims}). */
    private void checkNames(Agency self, long provinceId, List<NameClaims.Claim> claims) {
        String provinceName = province(provinceId).name;
        List<NameClaims.Claim> fresh = self != null && self.provinceId == provinceId
                ? NameClaims.newTo(self, claims, provinceName) : claims;
        if (!fresh.isEmpty()) {
            NameClaims.check(self, fresh, agencies.findByProvinceId(provinceId), provinceName);
            NameClaims.checkAgainstGroups(fresh, groups.findByProvinceId(provinceId), provinceName);
        }
    }

    /** A group must not answer to an agency's name: resolution would hand the group that agency's tasks. */
    private void requireNoAgencyNamed(long provinceId, String field, String name) {
        NameClaims.check(null, List.of(new NameClaims.Claim(field, name)), agencies.findByProvinceId(provinceId),
                province(provinceId).name);
    }

    /** Its province's coordinator changes everything; the agency's own leader its contacts and designations. */
    static boolean mayEdit(Agency agency) {
        CurrentUser user = CurrentUser.get();
        return user.coordinates(agency.provinceId)
                || (user.actsFor(agency.id) && user.has(vn.ttdn.identity.Role.AGENCY_LEADER));
    }

    static void requireEditable(Agency agency) {
        if (!mayEdit(agency)) {
            throw new ForbiddenException("Bạn không được sửa thông tin đơn vị này.");
        }
    }

    @Transactional
    long createProvince(String code, String name) {
        requireAdmin();
        Province p = new Province();
        p.code = code;
        p.name = name;
        provinces.saveAndFlush(p);
        audit.record("CREATE", "Province", p.id, p.id, "Tạo tỉnh " + name, null, Map.of("name", name));
        return p.id;
    }

    @Transactional
    long createGroup(long provinceId, String name, Set<AgencyKind> kinds, List<Long> members, List<String> aliases) {
        requireCoordinator(provinceId);
        for (long member : members) {
            if (agency(member).provinceId != provinceId) {
                throw new UserFacingException("members", "Thành viên của nhóm phải là đơn vị cùng tỉnh.");
            }
        }
        requireNoAgencyNamed(provinceId, "name", name);
        aliases.forEach(alias -> requireNoAgencyNamed(provinceId, "aliases", alias));
        AgencyGroup g = new AgencyGroup();
        g.provinceId = provinceId;
        g.name = name;
        g.nameKey = AgencyNameKey.of(name);
        g.setKinds(kinds);
        g.members.addAll(members);
        g.aliases = String.join("\n", aliases);
        groups.saveAndFlush(g);
        audit.record("CREATE", "AgencyGroup", g.id, provinceId, "Tạo nhóm " + name, null,
                Map.of("name", name, "kinds", g.memberKinds, "members", members));
        return g.id;
    }

    private void applyAliases(Agency agency, String lines) {
        if (lines != null) {
            Set<String> kept = new HashSet<>(lines.lines().map(AgencyNameKey::of).toList());
            agency.aliases.removeIf(a -> !kept.contains(a.aliasKey));
            lines.lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(agency::addAlias);
        }
        agency.refreshSearchText();
    }

    private void checkParent(AgencyForm form, Long self) {
        if (form.getParentId() != null && form.getParentId().equals(self)) {
            throw new UserFacingException("parentId", "Đơn vị không thể là cấp trên của chính nó.");
        }
        if (form.getParentId() != null) {
            Agency parent = agencies.findById(form.getParentId())
                    .orElseThrow(() -> new UserFacingException("parentId", "Đơn vị cấp trên không có trong danh bạ."));
            if (parent.provinceId != form.getProvinceId()) {
                throw new UserFacingException("parentId", "Đơn vị cấp trên phải cùng tỉnh.");
            }
        }
    }

    static void requireCoordinator(long provinceId) {
        if (!CurrentUser.get().coordinates(provinceId)) {
            throw new ForbiddenException("Chỉ cơ quan điều phối của tỉnh hoặc quản trị hệ thống được làm việc này.");
        }
    }

    static void requireAdmin() {
        if (!CurrentUser.get().isAdmin()) {
            throw new ForbiddenException("Chỉ quản trị hệ thống được làm việc này.");
        }
    }

    static String searchKey(String text) {
        return TextFolding.fold(text);
    }
}
