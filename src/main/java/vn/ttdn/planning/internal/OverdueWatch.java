package vn.ttdn.planning.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ttdn.planning.OverdueRule;
import vn.ttdn.planning.TaskBecameOverdue;

/**
 * Once a day, just after midnight in the province's zone, as a cluster job of {@link PlanningJobs} (and at
 * start-up, to catch up on days the application was down), announces each task that has become overdue with {@link TaskBecameOverdue}. What was announced is kept in
 * {@code task_overdue_notice}; a row inserted now is the only licence to announce, so a second run, or a second node
 * running at the same moment, announces nothing twice.
 * <p>
 * "Overdue" is {@link OverdueRule}, for tasks of plans that are not drafts ({@link PlanRules#issued}).
 */
@Component
class OverdueWatch {

    /** Inserts the notices not yet given and returns, for each, what the event says. */
    private static final String ANNOUNCE = """
            with fresh as (
                insert into task_overdue_notice (task_id, due_on)
                select t.id, t.due_date from task t join plan p on p.id = t.plan_id
                where %s and t.archived = false and %s and p.archived = false
                on conflict do nothing
                returning task_id, due_on)
            select t.province_id, t.plan_id, f.task_id, f.due_on,
                   array_to_string(array(select a.agency_id from task_assignment a where a.task_id = f.task_id
                       and a.role = 'LEAD' and a.agency_id is not null order by a.position), ',') as leads
            from fresh f join task t on t.id = f.task_id
            order by f.task_id
            """.formatted(OverdueRule.sql("t", "today"), PlanRules.issued("p"));

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;

    OverdueWatch(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.events = events;
    }

    @EventListener(ApplicationReadyEvent.class)
    void catchUp() {
        check();
    }

    /**
     * Announces what became overdue since the last check; returns how many tasks were announced. The notices and
     * the events' publications commit together: an announcement is neither lost nor made twice.
     */
    int check() {
        return transaction.execute(status -> {
            List<TaskBecameOverdue> fresh = jdbc.sql(ANNOUNCE).param("today", OverdueRule.today())
                    .query((rs, n) -> new TaskBecameOverdue(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                            rs.getObject(4, LocalDate.class), ids(rs.getString(5))))
                    .list();
            fresh.forEach(events::publishEvent);
            return fresh.size();
        });
    }

    private static List<Long> ids(String joined) {
        return joined == null || joined.isEmpty() ? List.of()
                : Arrays.stream(joined.split(",")).map(Long::valueOf).toList();
    }
}
