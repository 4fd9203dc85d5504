package vn.ttdn.tracking.internal;

import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ttdn.common.Times;

/**
 * Tracking's own SQL behind dashboards: progress updates of a set of tasks. Which tasks, and everything about them,
 * planning answers ({@link vn.ttdn.planning.TaskStatistics}); names of agencies, the directory.
 */
@Component
class DashboardQueries {

    /** One progress update as stored, before the task's content and the agency's name are looked up. */
    record Update(long taskId, long agencyId, String author, String status, int percent, OffsetDateTime at) {
    }

    private final JdbcClient jdbc;

    DashboardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Update> recentUpdates(Set<Long> taskIds, int limit) {
        if (taskIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select u.task_id, u.agency_id, u.author, u.status, u.percent, u.created_at"
                        + " from progress_update u where u.task_id = any(cast(:tasks as bigint[]))"
                        + " order by u.created_at desc limit :limit")
                .param("tasks", array(taskIds)).param("limit", limit)
                .query((rs, i) -> new Update(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5), rs.getObject(6, OffsetDateTime.class))).list();
    }

    /**
     * Updates per month of the province's calendar over the twelve months up to {@code last}: a moment counts in the
     * month it falls in where the province is, not where the database runs.
     */
    Map<YearMonth, Long> updatesByMonth(Set<Long> taskIds, YearMonth last) {
        Map<YearMonth, Long> counts = new HashMap<>();
        if (taskIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("select extract(year from l.local_at)::int y, extract(month from l.local_at)::int m, count(*) n"
                        + " from progress_update u cross join lateral (select u.created_at at time zone :zone local_at) l"
                        + " where u.task_id = any(cast(:tasks as bigint[])) and u.created_at >= :since group by 1, 2")
                .param("zone", Times.ZONE.getId())
                .param("since", last.minusMonths(MonthSeries.MONTHS - 1).atDay(1).atStartOfDay(Times.ZONE)
                        .toOffsetDateTime())
                .param("tasks", array(taskIds))
                .query(rs -> {
                    counts.put(YearMonth.of(rs.getInt("y"), rs.getInt("m")), rs.getLong("n"));
                });
        return counts;
    }

    /** Task ids as one PostgreSQL array literal: any number of them in one parameter. */
    private static String array(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
