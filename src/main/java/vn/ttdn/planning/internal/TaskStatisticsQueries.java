package vn.ttdn.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.directory.Directory;
import vn.ttdn.planning.OverdueRule;
import vn.ttdn.planning.TaskStatistics;

/** Aggregate SQL over planning's own tables (task, plan, plan_section, task_assignment). */
@Component
@Transactional(readOnly = true)
class TaskStatisticsQueries implements TaskStatistics {

    private static final String OVERDUE = OverdueRule.sql("t", "today");
    private static final String FROM = " from task t join plan p on p.id = t.plan_id";
    private static final String AGGREGATES = " count(*) n, count(*) filter (where t.status = 'DONE') d,"
            + " count(*) filter (where " + OVERDUE + ") o, coalesce(avg(t.percent), 0) pct";

    private final JdbcClient jdbc;
    private final Directory directory;

    TaskStatisticsQueries(JdbcClient jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** A scope as a SQL condition on {@code t} and {@code p}, with its parameters (today's date among them). */
    private record Where(String sql, Map<String, Object> params) {
    }

    private Where where(Scope scope) {
        Map<String, Object> params = new HashMap<>();
        params.put("today", OverdueRule.today());
        StringBuilder sql = new StringBuilder(" where not t.archived and not p.archived");
        if (scope.planId() != null) {
            sql.append(" and t.plan_id = :plan");
            params.put("plan", scope.planId());
        } else {
            sql.append(" and ").append(PlanRules.issued("p"));
        }
        if (scope.provinceId() != null) {
            sql.append(" and t.province_id = :province");
            params.put("province", scope.provinceId());
        }
        if (scope.agencyId() != null) {
            Set<Long> groups = directory.groupsContaining(scope.agencyId());
            sql.append(" and exists (select 1 from task_assignment a2 where a2.task_id = t.id"
                    + " and (a2.agency_id = :agency or a2.group_id in (:groups)))");
            params.put("agency", scope.agencyId());
            params.put("groups", groups.isEmpty() ? List.of(-1L) : groups);
        }
        if (scope.year() != null) {
            sql.append(" and p.year = :year");
            params.put("year", scope.year());
        }
        return new Where(sql.toString(), params);
    }

    @Override
    public Counts totals(Scope scope) {
        Where where = where(scope);
        return jdbc.sql("select count(*) n, count(*) filter (where t.status = 'NOT_STARTED') ns,"
                        + " count(*) filter (where t.status = 'IN_PROGRESS') ip, count(*) filter (where t.status = 'DONE') d,"
                        + " count(*) filter (where t.status = 'CANCELLED') c, count(*) filter (where " + OVERDUE + ") o,"
                        + " coalesce(avg(t.percent), 0) pct" + FROM + where.sql())
                .params(where.params()).query((rs, i) -> new Counts(rs.getLong("n"), rs.getLong("ns"),
                        rs.getLong("ip"), rs.getLong("d"), rs.getLong("c"), rs.getLong("o"), rs.getInt("pct")))
                .single();
    }

    @Override
    public List<Group> byPlan(Scope scope) {
        Where where = where(scope);
        return groups("select p.id, coalesce(p.number || ' – ', '') || p.title label," + AGGREGATES + FROM
                + where.sql() + " group by p.id, p.number, p.title order by p.year desc, p.id desc", where);
    }

    @Override
    public List<Group> bySection(Scope scope) {
        Where where = where(scope);
        return groups("select s.id, coalesce(s.ref || ' ', '') || s.heading label," + AGGREGATES + FROM
                + " left join plan_section s on s.id = t.section_id" + where.sql()
                + " group by s.id, s.ref, s.heading, s.position order by s.position nulls last", where);
    }

    @Override
    public List<Group> byLeadAgency(Scope scope) {
        Where where = where(scope);
        // Groups count once under their own name, with the id negated so that it cannot meet an agency's.
        return groups("select coalesce(a.agency_id, -a.group_id) id, coalesce(a.name, a.printed) label," + AGGREGATES
                + FROM + " join task_assignment a on a.task_id = t.id and a.role = 'LEAD'" + where.sql()
                + " group by coalesce(a.agency_id, -a.group_id), coalesce(a.name, a.printed)"
                + " order by count(*) filter (where " + OVERDUE + ") desc, count(*) desc, label", where);
    }

    @Override
    public List<OverdueTask> overdue(Scope scope, int limit) {
        Where where = where(scope);
        Map<String, Object> params = new HashMap<>(where.params());
        params.put("limit", limit);
        return jdbc.sql("select t.id, t.ref, t.content, p.title, t.due_date, t.percent,"
                        + " (select string_agg(coalesce(a.name, a.printed), '; ' order by a.position) from task_assignment a"
                        + " where a.task_id = t.id and a.role = 'LEAD') lead" + FROM + where.sql() + " and " + OVERDUE
                        + " order by t.due_date, t.id limit :limit")
                .params(params).query((rs, i) -> new OverdueTask(rs.getLong("id"), rs.getString("ref"),
                        rs.getString("content"), rs.getString("title"), rs.getString("lead"),
                        rs.getObject("due_date", LocalDate.class), rs.getInt("percent"))).list();
    }

    @Override
    public Set<Long> taskIds(Scope scope) {
        Where where = where(scope);
        return new HashSet<>(jdbc.sql("select t.id" + FROM + where.sql()).params(where.params())
                .query(Long.class).list());
    }

    @Override
    public Map<Long, String> contents(Collection<Long> taskIds) {
        Map<Long, String> contents = new HashMap<>();
        if (taskIds.isEmpty()) {
            return contents;
        }
        jdbc.sql("select id, content from task where id in (:ids)").param("ids", taskIds)
                .query(rs -> {
                    contents.put(rs.getLong(1), rs.getString(2));
                });
        return contents;
    }

    private List<Group> groups(String sql, Where where) {
        return jdbc.sql(sql).params(where.params()).query(TaskStatisticsQueries::group).list();
    }

    private static Group group(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong("id");
        return new Group(rs.wasNull() ? null : id, rs.getString("label"), rs.getLong("n"), rs.getLong("d"),
                rs.getLong("o"), rs.getInt("pct"));
    }
}
