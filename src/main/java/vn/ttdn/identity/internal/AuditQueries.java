package vn.ttdn.identity.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.ttdn.common.ForbiddenException;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.identity.AuditFilter;
import vn.ttdn.identity.AuditLog;
import vn.ttdn.identity.AuditView;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.identity.Role;

/** The audit log as lists read it: the reader's scope is part of every query, not a filter the page applies. */
@Component
@Transactional(readOnly = true)
class AuditQueries implements AuditLog {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> SORTS = Map.of(
            "at", "e.at", "username", "e.username", "action", "e.action", "entityType", "e.entityType");

    private final EntityManager em;

    AuditQueries(EntityManager em) {
        this.em = em;
    }

    @Override
    public PageResult<AuditView> search(AuditFilter filter, ListQuery query) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" where ").append(scope(params));
        narrow(where, params, filter, query);
        boolean descending = !SORTS.containsKey(query.sort()) || query.descending();
        String order = SORTS.getOrDefault(query.sort(), "e.at") + (descending ? " desc" : " asc");
        TypedQuery<AuditEntry> select = em.createQuery("select e from AuditEntry e" + where + " order by " + order
                + ", e.id" + (descending ? " desc" : ""), AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AuditView> items = select.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList()
                .stream().map(AuditQueries::view).toList();
        return new PageResult<>(items, query.page(), query.size(), count.getSingleResult());
    }

    @Override
    public List<String> entityTypes() {
        return distinct("e.entityType");
    }

    @Override
    public List<String> actions() {
        return distinct("e.action");
    }

    private List<String> distinct(String column) {
        Map<String, Object> params = new HashMap<>();
        TypedQuery<String> query = em.createQuery("select distinct " + column + " from AuditEntry e where "
                + scope(params) + " order by 1", String.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    /** All for an administrator; her provinces' entries for a coordinator; refused for anyone else. */
    private static String scope(Map<String, Object> params) {
        CurrentUser user = CurrentUser.get();
        if (user.isAdmin()) {
            return "1=1";
        }
        if (!user.has(Role.COORDINATOR) || user.provinceScope().isEmpty()) {
            throw new ForbiddenException("audit.forbidden");
        }
        params.put("scope", user.provinceScope());
        return "e.provinceId in :scope";
    }

    private static void narrow(StringBuilder where, Map<String, Object> params, AuditFilter f, ListQuery query) {
        condition(where, params, "entityType", "e.entityType = :entityType", blankToNull(f.entityType()));
        condition(where, params, "action", "e.action = :action", blankToNull(f.action()));
        String username = blankToNull(f.username());
        condition(where, params, "username", "lower(e.username) = :username",
                username == null ? null : username.toLowerCase(java.util.Locale.ROOT));
        condition(where, params, "from", "e.at >= :from",
                f.from() == null ? null : f.from().atStartOfDay(VIETNAM).toOffsetDateTime());
        condition(where, params, "to", "e.at < :to",
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay(VIETNAM).toOffsetDateTime());
        if (query.hasText()) {
            condition(where, params, "q", "e.searchText like :q escape '\\'", query.likePattern());
        }
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String name, String sql,
                                  Object value) {
        if (value != null) {
            where.append(" and ").append(sql);
            params.put(name, value);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static AuditView view(AuditEntry e) {
        return new AuditView(e.id, e.at.atZoneSameInstant(VIETNAM).toOffsetDateTime(), e.username, e.provinceId,
                e.action, e.entityType, e.entityId, e.summary, pretty(e.before), pretty(e.after));
    }

    private static String pretty(String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(json));
    }
}
