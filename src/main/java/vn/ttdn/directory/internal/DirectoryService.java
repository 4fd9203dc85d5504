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
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.NotFoundException;
import vn.ttdn.common.PageResult;
import vn.ttdn.common.PerDataState;
import vn.ttdn.common.TextFolding;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.directory.AgencyForm;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.GroupView;
import vn.ttdn.directory.NameMatch;
import vn.ttdn.directory.ProvinceView;
import vn.ttdn.changes.DataChanges;
import vn.ttdn.identity.AuditTrail;
import vn.ttdn.identity.CurrentUser;

/**
 * The directory's API: reading and changing provinces, agencies and groups, resolving printed names. Reorganisations
 * live in {@link Reorganiser}, the agency list's query in {@link AgencySearch}.
 */
@Service
@Transactional(readOnly = true)
class DirectoryService implements Directory {

    static final Comparator<String> VIETNAMESE = vn.ttdn.common.VietnameseOrder.NAMES;

    private final AgencyRepository agencies;
    private final ProvinceRepository provinces;
    private final AgencyGroupRepository groups;
    private final AuditTrail audit;
    private final PerDataState<Long, Set<Long>> groupsByAgency;
    /** The provinces in name order: asked for by every dashboard and form, changed by a reorganisation. */
    private final PerDataState<Boolean, List<ProvinceView>> provinceList;
    private final AgencySearch search;
    private final Successors successors;

    DirectoryService(AgencyRepository agencies, ProvinceRepository provinces, AgencyGroupRepository groups,
                     AuditTrail audit, AgencySearch search, Successors successors, DataChanges changes) {
        this.search = search;
        this.successors = successors;
        this.agencies = agencies;
        this.provinces = provinces;
        this.groups = groups;
        this.audit = audit;
        this.groupsByAgency = new PerDataState<>(changes::everyProvince, 10_000);
        this.provinceList = new PerDataState<>(changes::everyProvince, 1);
    }

    @Override
    public List<ProvinceView> provinces() {
        return provinceList.get(true, () -> provinces.findAll().stream().map(Province::view)
                .sorted(Comparator.comparing(ProvinceView::name, VIETNAMESE)).toList());
    }

    Province findProvince(long id) {
        return provinces.findById(id).orElseThrow(() -> new NotFoundException("directory.what.province"));
    }

    Agency findAgency(long id) {
        return agencies.findById(id).orElseThrow(() -> new NotFoundException("directory.what.agency"));
    }

    @Override
    public ProvinceView province(long id) {
        return findProvince(id).view();
    }

    @Override
    public AgencyView agency(long id) {
        return view(findAgency(id));
    }

    @Override
    public GroupView group(long id) {
        return findGroup(id).view();
    }

    @Override
    public PageResult<AgencyView> search(Long provinceId, AgencyKind kind, Boolean active, ListQuery query) {
        return search.search(provinceId, kind, active, query).map(this::view);
    }

    @Override
    public List<NameMatch> currentSuccessors(long agencyId) {
        return successors.ofAgency(agencyId);
    }

    @Override
    public boolean mayEdit(long agencyId) {
        return DirectoryRights.mayEdit(findAgency(agencyId));
    }

    @Override
    public boolean mayEditNames(long agencyId) {
        return DirectoryRights.mayEditNames(findAgency(agencyId));
    }

    @Override
    public AgencyForm editForm(long agencyId) {
        Agency agency = findAgency(agencyId);
        DirectoryRights.requireEditable(agency);
        return agency.toForm();
    }

    AgencyView view(Agency a) {
        return a.view(findProvince(a.provinceId).name);
    }

    @Override
    public List<AgencyView> agencies(long provinceId, boolean activeOnly) {
        String provinceName = findProvince(provinceId).name;
        return vn.ttdn.common.VietnameseOrder.sortedBy(agencies.viewsByProvinceId(provinceId, provinceName).stream()
                .filter(a -> !activeOnly || a.active()).toList(), AgencyView::fullName);
    }

    @Override
    public List<GroupView> groups(long provinceId) {
        return groups.findByProvinceId(provinceId).stream().filter(g -> g.active).map(AgencyGroup::view)
                .sorted(Comparator.comparing(GroupView::name, VIETNAMESE)).toList();
    }

    AgencyGroup findGroup(long id) {
        return groups.findById(id).orElseThrow(() -> new NotFoundException("directory.what.group"));
    }

    /** The groups an agency belongs to. Lists ask it on every request ("Việc của tôi" twice), hence kept. */
    @Override
    public Set<Long> groupsContaining(long agencyId) {
        return groupsByAgency.get(agencyId, () -> Set.copyOf(computeGroupsContaining(agencyId)));
    }

    private Set<Long> computeGroupsContaining(long agencyId) {
        Agency agency = findAgency(agencyId);
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

    @Override
    public List<AgencyView> membersOf(long groupId) {
        AgencyGroup group = findGroup(groupId);
        String provinceName = findProvince(group.provinceId).name;
        Set<Long> scope = Set.of(group.provinceId);
        return agencies.findByProvinceId(group.provinceId).stream().filter(a -> a.active && group.includes(a, scope))
                .sorted(Comparator.comparing((Agency a) -> a.fullName, VIETNAMESE))
                .map(a -> a.view(provinceName)).toList();
    }

    @Override
    public NameMatch resolve(long provinceId, String printed) {
        if (printed == null || printed.isBlank()) {
            return NameMatch.none(printed);
        }
        NameMatch match = NameResolver.resolve(printed, findProvince(provinceId).name,
                agencies.findByProvinceId(provinceId), groups.findByProvinceId(provinceId));
        if (match.groupId() == null) {
            return match;
        }
        // A group that ended (the districts' people's committees) resolves to the group that replaced it.
        AgencyGroup current = findGroup(match.groupId());
        Set<Long> seen = new HashSet<>();
        while (current.successorId != null && seen.add(current.id)) {
            current = findGroup(current.successorId);
        }
        return new NameMatch(printed, null, current.id, current.name, match.exact());
    }

    @Transactional
    @Override
    public void addAlias(long agencyId, String alias) {
        Agency agency = findAgency(agencyId);
        DirectoryRights.requireCoordinator(agency.provinceId);
        checkNames(agency, agency.provinceId, List.of(new NameClaims.Claim("aliases", alias == null ? "" : alias)));
        Map<String, Object> before = agency.snapshot();
        agency.addAlias(alias);
        audit.record("ADD_ALIAS", "Agency", agency.id, agency.provinceId, "Thêm tên gọi khác: " + alias,
                before, agency.snapshot());
    }

    @Transactional
    @Override
    public void addGroupAlias(long groupId, String alias) {
        AgencyGroup group = findGroup(groupId);
        DirectoryRights.requireCoordinator(group.provinceId);
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

    @Override
    public long currentSuccessor(long agencyId) {
        Agency agency = findAgency(agencyId);
        Set<Long> seen = new HashSet<>();
        while (agency.successorId != null && seen.add(agency.id)) {
            agency = findAgency(agency.successorId);
        }
        return agency.id;
    }

    @Transactional
    @Override
    public long createAgency(AgencyForm form) {
        DirectoryRights.requireCoordinator(form.getProvinceId());
        findProvince(form.getProvinceId());
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
    @Override
    public void updateAgency(long id, AgencyForm form) {
        Agency agency = findAgency(id);
        CurrentUser user = CurrentUser.get();
        DirectoryRights.requireEditable(agency);
        if (form.getVersion() != null && form.getVersion() != agency.version) {
            throw new ConflictException("agency.conflict", String.valueOf(agency.updatedAt.toLocalDate()));
        }
        if (!user.coordinates(agency.provinceId)) {
            DirectoryRights.keepPlace(agency, form);
        }
        if (form.getProvinceId() == null || form.getProvinceId() != agency.provinceId) {
            // Moving an agency moves its users, and with them the right to coordinate another province.
            if (!user.isAdmin()) {
                throw new ForbiddenException("agency.forbidden.otherProvince");
            }
            findProvince(form.getProvinceId() == null ? -1 : form.getProvinceId());
        }
        checkParent(form, agency.id);
        checkNames(agency, form);
        Map<String, Object> before = agency.snapshot();
        agency.apply(form);
        applyAliases(agency, form.getAliases());
        audit.record("UPDATE", "Agency", id, agency.provinceId, "Sửa đơn vị " + agency.fullName,
                before, agency.snapshot());
    }

    private void checkNames(Agency self, AgencyForm form) {
        checkNames(self, form.getProvinceId(), NameClaims.of(form.getFullName(), form.getShortName(),
                form.getAliases()));
    }

    /** Refuses a name another agency of the (target) province already answers to (see {@link NameClaims}). */
    private void checkNames(Agency self, long provinceId, List<NameClaims.Claim> claims) {
        String provinceName = findProvince(provinceId).name;
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
                findProvince(provinceId).name);
    }

    @Transactional
    @Override
    public long createProvince(String code, String name) {
        DirectoryRights.requireAdmin();
        Province p = new Province();
        p.code = code;
        p.name = name;
        provinces.saveAndFlush(p);
        audit.record("CREATE", "Province", p.id, p.id, "Tạo tỉnh " + name, null, Map.of("name", name));
        return p.id;
    }

    @Transactional
    @Override
    public long createGroup(long provinceId, String name, Set<AgencyKind> kinds, List<Long> members, List<String> aliases) {
        DirectoryRights.requireCoordinator(provinceId);
        for (long member : members) {
            if (findAgency(member).provinceId != provinceId) {
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

    static String searchKey(String text) {
        return TextFolding.fold(text);
    }
}
