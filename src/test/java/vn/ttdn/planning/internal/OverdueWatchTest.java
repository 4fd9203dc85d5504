package vn.ttdn.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.ttdn.TtdnTest;
import vn.ttdn.planning.TaskBecameOverdue;

/**
 * The daily overdue watch announces each task whose due date passed unfinished, once per task and due date, however
 * often it runs. Tasks are written with SQL so that the test reads only what the watch itself reads.
 */
@TtdnTest
@RecordApplicationEvents
class OverdueWatchTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Autowired OverdueWatch watch;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEvents events;

    @Test
    void aTaskPastItsDueDateIsAnnouncedOnceEvenWhenTheWatchRunsTwice() {
        long province = jdbc.sql("select id from province where active order by id limit 1").query(Long.class).single();
        long lead = jdbc.sql("select id from agency where province_id = ? and active order by id limit 1")
                .param(province).query(Long.class).single();
        long plan = plan(province, "ISSUED");
        long pastDue = task(plan, province, TODAY.minusDays(1), "IN_PROGRESS", lead);
        long dueToday = task(plan, province, TODAY, "NOT_STARTED", lead);
        long dueLater = task(plan, province, TODAY.plusDays(1), "NOT_STARTED", lead);
        long finished = task(plan, province, TODAY.minusDays(3), "DONE", lead);
        long ofDraft = task(plan(province, "DRAFT"), province, TODAY.minusDays(1), "NOT_STARTED", lead);

        watch.check();
        watch.check();

        Set<Long> mine = Set.of(pastDue, dueToday, dueLater, finished, ofDraft);
        List<TaskBecameOverdue> announced = events.stream(TaskBecameOverdue.class)
                .filter(e -> mine.contains(e.taskId())).toList();
        assertThat(announced).containsExactly(
                new TaskBecameOverdue(province, plan, pastDue, TODAY.minusDays(1), List.of(lead)));
    }

    @Test
    void aTaskGivenANewDueDateThatPassesTooIsAnnouncedAgain() {
        long province = jdbc.sql("select id from province where active order by id limit 1").query(Long.class).single();
        long plan = plan(province, "ISSUED");
        long task = task(plan, province, TODAY.minusDays(10), "IN_PROGRESS", null);
        watch.check();
        jdbc.sql("update task set due_date = ? where id = ?").params(TODAY.minusDays(2), task).update();
        watch.check();
        watch.check();

        assertThat(events.stream(TaskBecameOverdue.class).filter(e -> e.taskId() == task))
                .extracting(TaskBecameOverdue::dueOn).containsExactly(TODAY.minusDays(10), TODAY.minusDays(2));
    }

    private long plan(long province, String status) {
        return jdbc.sql("insert into plan (province_id, kind, title, year, status) values (?, 'PLAN', ?, ?, ?)"
                        + " returning id")
                .params(province, "Kế hoạch thử hạn " + System.nanoTime(), TODAY.getYear(), status)
                .query(Long.class).single();
    }

    private long task(long plan, long province, LocalDate due, String status, Long lead) {
        long id = jdbc.sql("insert into task (plan_id, province_id, content, timeframe_kind, due_date, status)"
                        + " values (?, ?, ?, 'DUE_BY', ?, ?) returning id")
                .params(plan, province, "Nhiệm vụ thử hạn " + due, due, status).query(Long.class).single();
        if (lead != null) {
            jdbc.sql("insert into task_assignment (task_id, role, agency_id, name) values (?, 'LEAD', ?, 'Đơn vị')")
                    .params(id, lead).update();
        }
        return id;
    }
}
