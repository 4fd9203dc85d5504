package vn.ttdn.tracking.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ttdn.common.Times;
import vn.ttdn.tracking.Dashboard;

/**
 * The aggregate SQL behind dashboards. Each query runs over one set of tasks, given as a SQL condition on
 * {@code t} (task) and {@code p} (plan) with its parameters, built by {@link DashboardService} from the user's scope.
 */
@Component
class DashboardQueries {

    static final String OVERDUE = "(t.due_date < current_date and t.status not in ('DONE','CANCELLED')"
            + " and t.timeframe_kind <> 'CONTINUOUS')";
    private static final String FROM = " from task t join plan p on p.id = t.plan_id where not t.archived"
            + " and not p.archived and ";

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Dashboard.Totals totals(String scope, Map<String, Object> params) {
        return jdbc.sql("select count(*) n, count(*) filter (where t.status = 'NOT_STARTED') ns,"
                        + " count(*) filter (where t.status = 'IN_PROGRESS') ip, count(*) filter (where t.status = 'DONE') d,"
                        + " count(*) filter (where t.status = 'CANCELLED') c, count(*) filter (where " + OVERDUE + ") o,"
                        + " coalesce(avg(t.percent), 0) pct" + FROM + scope)
                .params(params).query((rs, i) -> new Dashboard.Totals(rs.getLong("n"), rs.getLong("ns"),
                        rs.getLong("ip"), rs.getLong("d"), rs.getLong("c"), rs.getLong("o"), rs.getInt("pct")))
                .single();
    }

    List<Dashboard.Row> byPlan(String scope, Map<String, Object> params) {
        return rows("select p.id, coalesce(p.number || ' – ', '') || p.title label," + aggregates() + FROM + scope
                + " group by p.id, p.number, p.title order by p.year desc, p.id desc", params);
    }

    List<Dashboard.Row> bySection(String scope, Map<String, Object> params) {
        return rows("select s.id, coalesce(s.ref || ' ', '') || s.heading label," + aggregates()
                + " from task t join plan p on p.id = t.plan_id left join plan_section s on s.id = t.section_id"
                + " where not t.archived and not p.archived and " + scope
                + " group by s.id, s.ref, s.heading, s.position order by s.position nulls last", params);
    }

    /** Progress per lead agency, every one of them (groups count once under their own name). */
    List<Dashboard.Row> byAgency(String scope, Map<String, Object> params) {
        return rows("select coalesce(a.agency_id, -a.group_id) id, coalesce(a.name, a.printed) label,"
                + aggregates() + " from task t join plan p on p.id = t.plan_id"
                + " join task_assignment a on a.task_id = t.id and a.role = 'LEAD'"
                + " where not t.archived and not p.archived and " + scope
                + " group by coalesce(a.agency_id, -a.group_id), coalesce(a.name, a.printed)"
                + " order by count(*) filter (where " + OVERDUE + ") desc, count(*) desc, label", params);
    }

    List<Dashboard.TaskLine> overdue(String scope, Map<String, Object> params) {
        return jdbc.sql("select t.id, t.ref, t.content, p.title, t.due_date, t.percent,"
                        + " (select string_agg(coalesce(a.name, a.printed), '; ' order by a.position) from task_assignment a"
                        + " where a.task_id = t.id and a.role = 'LEAD') lead" + FROM + scope + " and " + OVERDUE
                        + " order by t.due_date, t.id limit 20")
                .params(params).query((rs, i) -> new Dashboard.TaskLine(rs.getLong("id"), rs.getString("ref"),
                        shorten(rs.getString("content")), rs.getString("title"), rs.getString("lead"),
                        rs.getObject("due_date", java.time.LocalDate.class), rs.getInt("percent"))).list();
    }

    List<Dashboard.UpdateLine> recentUpdates(String scope, Map<String, Object> params) {
        return jdbc.sql("select u.task_id, t.content, g.full_name, u.author, u.status, u.percent, u.created_at"
                        + " from progress_update u join task t on t.id = u.task_id join plan p on p.id = t.plan_id"
                        + " join agency g on g.id = u.agency_id where not t.archived and not p.archived and " + scope
                        + " order by u.created_at desc limit 10")
                .params(params).query((rs, i) -> new Dashboard.UpdateLine(rs.getLong(1), shorten(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6),
                        rs.getObject(7, OffsetDateTime.class))).list();
    }

    /**
     * Updates per month of the province's calendar over the twelve months up to {@code last}: a moment counts in the
     * month it falls in where the province is, not where the database runs.
     */
    Map<YearMonth, Long> updatesByMonth(String scope, Map<String, Object> params, YearMonth last) {
        Map<String, Object> all = new HashMap<>(params);
        all.put("zone", Times.ZONE.getId());
        all.put("since", last.minusMonths(MonthSeries.MONTHS - 1).atDay(1).atStartOfDay(Times.ZONE).toOffsetDateTime());
        Map<YearMonth, Long> counts = new HashMap<>();
        jdbc.sql("select extract(year from l.local_at)::int y, extract(month from l.local_at)::int m, count(*) n"
                        + " from progress_update u cross join lateral (select u.created_at at time zone :zone local_at) l"
                        + " join task t on t.id = u.task_id join plan p on p.id = t.plan_id"
                        + " where not t.archived and not p.archived and u.created_at >= :since and " + scope
                        + " group by 1, 2")
                .params(all).query(rs -> {
                    counts.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("n"));
                });
        return counts;
    }

    private List<Dashboard.Row> rows(String sql, Map<String, Object> params) {
        return jdbc.sql(sql).params(params).query(DashboardQueries::row).list();
    }

    private static String aggregates() {
        return " count(*) n, count(*) filter (where t.status = 'DONE') d, count(*) filter (where " + OVERDUE + ") o,"
                + " coalesce(avg(t.percent), 0) pct";
    }

    private static Dashboard.Row row(ResultSet rs, int i) throws SQLException {
        long id = rs.getLong("id");
        return new Dashboard.Row(rs.wasNull() ? null : id, rs.getString("label"), rs.getLong("n"), rs.getLong("d"),
                rs.getLong("o"), rs.getInt("pct"));
    }

    private static String shorten(String s) {
        return s == null || s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }
}
