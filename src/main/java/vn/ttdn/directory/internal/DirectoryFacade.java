package vn.ttdn.directory.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.directory.AgencyForm;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.GroupView;
import vn.ttdn.directory.NameMatch;
import vn.ttdn.directory.ProvinceView;

/** The directory's API for other modules and its web layer. */
@Component
@Transactional(readOnly = true)
class DirectoryFacade implements Directory {

    /** Names sort by Vietnamese rules (PostgreSQL's ICU collation), not by code points. */
    private static final String VIETNAMESE_NAME = "collate(a.fullName as `vi-x-icu`)";
    private static final Map<String, String> SORTS = Map.of(
            "name", VIETNAMESE_NAME, "shortName", "collate(a.shortName as `vi-x-icu`)", "kind", "a.kind",
            "province", "a.provinceId", "updatedAt", "a.updatedAt", "endedOn", "a.endedOn");

    private final DirectoryService service;
    private final Reorganiser reorganiser;
    private final EntityManager em;

    private final Successors successors;

    DirectoryFacade(DirectoryService service, Reorganiser reorganiser, EntityManager em, Successors successors) {
        this.successors = successors;
        this.service = service;
        this.reorganiser = reorganiser;
        this.em = em;
    }

    @Override
    public List<ProvinceView> provinces() {
        return service.provinces();
    }

    @Override
    public ProvinceView province(long id) {
        return service.province(id).view();
    }

    @Override
    public AgencyView agency(long id) {
        return service.view(service.agency(id));
    }

    @Override
    public List<AgencyView> agencies(long provinceId, boolean activeOnly) {
        return service.agencies(provinceId, activeOnly);
    }

    @Override
    public PageResult<AgencyView> search(Long provinceId, AgencyKind kind, Boolean active, ListQuery query) {
        StringBuilder where = new StringBuilder(" where 1=1");
        Map<String, Object> params = new java.util.HashMap<>();
        if (provinceId != null) {
            where.append(" and a.provinceId = :province");
            params.put("province", provinceId);
        }
        if (kind != null) {
            where.append(" and a.kind = :kind");
            params.put("kind", kind);
        }
        if (active != null) {
            where.append(" and a.active = :active");
            params.put("active", active);
        }
        if (query.hasText()) {
            where.append(" and a.searchText like :q escape '\\'");
            params.put("q", query.likePattern());
        }
        String order = SORTS.getOrDefault(query.sort(), VIETNAMESE_NAME) + (query.descending() ? " desc" : " asc")
                + " nulls last";
        var select = em.createQuery("select a from Agency a" + where + " order by " + order + ", "
                + VIETNAMESE_NAME + ", a.id", Agency.class);
        var count = em.createQuery("select count(a) from Agency a" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AgencyView> items = new ArrayList<>();
        for (Agency a : select.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList()) {
            items.add(service.view(a));
        }
        return new PageResult<>(items, query.page(), query.size(), count.getSingleResult());
    }

    @Override
    public List<GroupView> groups(long provinceId) {
        return service.groups(provinceId);
    }

    @Override
    public GroupView group(long id) {
        return service.group(id).view();
    }

    @Override
    public Set<Long> groupsContaining(long agencyId) {
        return service.groupsContaining(agencyId);
    }

    @Override
    public List<AgencyView> membersOf(long groupId) {
        return service.membersOf(groupId);
    }

    @Override
    public NameMatch resolve(long provinceId, String printedName) {
        return service.resolve(provinceId, printedName);
    }

    @Override
    @Transactional
    public void addAlias(long agencyId, String alias) {
        service.addAlias(agencyId, alias);
    }

    @Override
    @Transactional
    public void addGroupAlias(long groupId, String alias) {
        service.addGroupAlias(groupId, alias);
    }

    @Override
    public long currentSuccessor(long agencyId) {
        return service.currentSuccessor(agencyId);
    }

    @Override
    public List<NameMatch> currentSuccessors(long agencyId) {
        return successors.ofAgency(agencyId);
    }

    @Override
    @Transactional
    public void splitAgency(long id, List<Long> successorIds, Long successorGroupId, LocalDate effectiveOn,
                            String note) {
        reorganiser.splitAgency(id, successorIds, successorGroupId, effectiveOn, note);
    }

    @Override
    @Transactional
    public void endGroup(long groupId, long successorGroupId, LocalDate effectiveOn, String note) {
        reorganiser.endGroup(groupId, successorGroupId, effectiveOn, note);
    }

    @Override
    public boolean mayEdit(long agencyId) {
        return DirectoryService.mayEdit(service.agency(agencyId));
    }

    @Override
    public boolean mayEditNames(long agencyId) {
        return DirectoryService.mayEditNames(service.agency(agencyId));
    }

    @Override
    public AgencyForm editForm(long agencyId) {
        Agency agency = service.agency(agencyId);
        DirectoryService.requireEditable(agency);
        return agency.toForm();
    }

    @Override
    @Transactional
    public long createAgency(AgencyForm form) {
        return service.createAgency(form);
    }

    @Override
    @Transactional
    public void updateAgency(long id, AgencyForm form) {
        service.updateAgency(id, form);
    }

    @Override
    @Transactional
    public void mergeAgencies(List<Long> predecessorIds, long successorId, LocalDate effectiveOn, String note) {
        reorganiser.mergeAgencies(predecessorIds, successorId, effectiveOn, note);
    }

    @Override
    @Transactional
    public long renameAgency(long id, String newFullName, String newShortName, LocalDate effectiveOn, String note) {
        return reorganiser.renameAgency(id, newFullName, newShortName, effectiveOn, note);
    }

    @Override
    @Transactional
    public void mergeProvinces(long predecessorId, long successorId, LocalDate effectiveOn) {
        reorganiser.mergeProvinces(predecessorId, successorId, effectiveOn);
    }

    @Override
    @Transactional
    public long createProvince(String code, String name) {
        return service.createProvince(code, name);
    }

    @Override
    @Transactional
    public long createGroup(long provinceId, String name, Set<AgencyKind> memberKinds, List<Long> explicitMembers,
                            List<String> aliases) {
        return service.createGroup(provinceId, name, memberKinds, explicitMembers, aliases);
    }
}
