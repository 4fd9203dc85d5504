package vn.ttdn.planning;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Plans and tasks written straight into planning's tables, for module tests that need a task without going through
 * the screens that create one (and would otherwise test those too).
 */
public final class PlanningRows {

    private final JdbcClient jdbc;

    public PlanningRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long plan(long province, PlanStatus status) {
        return jdbc.sql("insert into plan (province_id, kind, title, year, status) values (?, 'PLAN', ?, ?, ?)"
                        + " returning id")
                .params(province, "Kế hoạch thử " + System.nanoTime(), LocalDate.now().getYear(), status.name())
                .query(Long.class).single();
    }

    /** A task due on a date, led by an agency. */
    public long task(long plan, long province, LocalDate due, TaskStatus status, long leadAgencyId) {
        long id = jdbc.sql("insert into task (plan_id, province_id, content, timeframe_kind, due_date, status)"
                        + " values (?, ?, ?, 'DUE_BY', ?, ?) returning id")
                .params(plan, province, "Nhiệm vụ thử " + System.nanoTime(), due, status.name())
                .query(Long.class).single();
        jdbc.sql("insert into task_assignment (task_id, role, agency_id, name) values (?, 'LEAD', ?, 'Đơn vị thử')")
                .params(id, leadAgencyId).update();
        return id;
    }

    public List<Long> leadAgencies(long task) {
        return jdbc.sql("select agency_id from task_assignment where task_id = ? and role = 'LEAD' order by position")
                .param(task).query(Long.class).list();
    }

    public String statusAndPercent(long task) {
        return jdbc.sql("select status || ' ' || percent from task where id = ?").param(task).query(String.class)
                .single();
    }
}
