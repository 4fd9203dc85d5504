package vn.ttdn.directory.internal;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.directory.AgencyKind;

/** The agency list's query: filtered by province, kind and status, searched, sorted by Vietnamese rules, paged. */
@Component
class AgencySearch {

    /** Names sort by Vietnamese rules (PostgreSQL's ICU collation), not by code points. */
    private static final String VIETNAMESE_NAME = "collate(a.fullName as `vi-x-icu`)";
    private static final Map<String, String> SORTS = Map.of(
            "name", VIETNAMESE_NAME, "shortName", "collate(a.shortName as `vi-x-icu`)", "kind", "a.kind",
            "province", "a.provinceId", "updatedAt", "a.updatedAt", "endedOn", "a.endedOn");

    private final EntityManager em;

    AgencySearch(EntityManager em) {
        this.em = em;
    }

    PageResult<Agency> search(Long provinceId, AgencyKind kind, Boolean active, ListQuery query) {
        StringBuilder where = new StringBuilder(" where 1=1");
        Map<String, Object> params = new HashMap<>();
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
        return new PageResult<>(select.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList(),
                query.page(), query.size(), count.getSingleResult());
    }
}
