package vn.ttdn.directory.internal;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.directory.ReorganisationHistory;
import vn.ttdn.directory.ReorganisationView;

/** Reads the reorganisation table with the names of both sides. Sort keys are whitelisted. */
@Component
@Transactional(readOnly = true)
class ReorganisationQueries implements ReorganisationHistory {

    private static final Map<String, String> SORTS = Map.of(
            "effectiveOn", "r.effectiveOn", "createdAt", "r.createdAt", "kind", "r.kind");

    private final EntityManager em;
    private final AgencyRepository agencies;
    private final ProvinceRepository provinces;
    private final AgencyGroupRepository groups;

    ReorganisationQueries(EntityManager em, AgencyRepository agencies, ProvinceRepository provinces,
                          AgencyGroupRepository groups) {
        this.groups = groups;
        this.em = em;
        this.agencies = agencies;
        this.provinces = provinces;
    }

    @Override
    public PageResult<ReorganisationView> history(ListQuery query) {
        String order = SORTS.getOrDefault(query.sort(), "r.effectiveOn");
        boolean descending = !SORTS.containsKey(query.sort()) || query.descending();
        List<Reorganisation> rows = em.createQuery("select r from Reorganisation r order by " + order
                        + (descending ? " desc" : " asc") + ", r.id desc", Reorganisation.class)
                .setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        long total = em.createQuery("select count(r) from Reorganisation r", Long.class).getSingleResult();
        return new PageResult<>(views(rows), query.page(), query.size(), total);
    }

    @Override
    public List<ReorganisationView> ofAgency(long agencyId) {
        return views(em.createQuery("select r from Reorganisation r where r.subject = 'AGENCY'"
                        + " and (r.predecessorId = :id or (r.successorId = :id and r.kind <> 'DISSOLVE'))"
                        + " order by r.effectiveOn, r.id",
                Reorganisation.class).setParameter("id", agencyId).getResultList());
    }

    private List<ReorganisationView> views(List<Reorganisation> rows) {
        Set<Long> agencyIds = new HashSet<>();
        Map<Long, String> groupNames = new HashMap<>();
        rows.stream().filter(r -> "AGENCY".equals(r.subject)).forEach(r -> {
            agencyIds.add(r.predecessorId);
            agencyIds.add(r.successorId);
        });
        rows.stream().filter(r -> "GROUP".equals(r.subject) || Successors.DISSOLVE.equals(r.kind)).forEach(r ->
                groups.findById(r.successorId).ifPresent(g -> groupNames.put(g.id, g.name)));
        rows.stream().filter(r -> "GROUP".equals(r.subject)).forEach(r ->
                groups.findById(r.predecessorId).ifPresent(g -> groupNames.put(g.id, g.name)));
        Map<Long, String> provinceNames = new HashMap<>();
        provinces.findAll().forEach(p -> provinceNames.put(p.id, p.name));
        Map<Long, Agency> byId = new HashMap<>();
        agencies.findAllById(agencyIds).forEach(a -> byId.put(a.id, a));
        return rows.stream().map(r -> {
            if ("GROUP".equals(r.subject)) {
                return new ReorganisationView(r.id, r.kind, r.subject, r.predecessorId,
                        groupNames.get(r.predecessorId), null, r.successorId, groupNames.get(r.successorId),
                        null, r.effectiveOn, r.note, r.createdAt, r.createdBy);
            }
            if (!"AGENCY".equals(r.subject)) {
                return new ReorganisationView(r.id, r.kind, r.subject, r.predecessorId,
                        provinceNames.get(r.predecessorId), null, r.successorId, provinceNames.get(r.successorId),
                        null, r.effectiveOn, r.note, r.createdAt, r.createdBy);
            }
            Agency from = byId.get(r.predecessorId);
            Agency to = Successors.DISSOLVE.equals(r.kind) ? null : byId.get(r.successorId);
            String toName = Successors.DISSOLVE.equals(r.kind) ? groupNames.get(r.successorId)
                    : to == null ? null : to.fullName;
            return new ReorganisationView(r.id, r.kind, r.subject, r.predecessorId, from == null ? null : from.fullName,
                    from == null ? null : provinceNames.get(from.provinceId), r.successorId,
                    toName, to == null ? null : provinceNames.get(to.provinceId),
                    r.effectiveOn, r.note, r.createdAt, r.createdBy);
        }).toList();
    }
}
