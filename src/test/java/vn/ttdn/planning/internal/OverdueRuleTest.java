package vn.ttdn.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ttdn.common.database.TestDatabase;
import vn.ttdn.planning.OverdueRule;
import vn.ttdn.planning.TaskStatus;
import vn.ttdn.planning.Timeframe;
import vn.ttdn.planning.Timeframe.Kind;

/**
 * "Overdue" in SQL ({@link OverdueRule#sql}) and in Java ({@link Timeframe#isOverdue}) give the same answer on the same
 * stored rows, for every kind of timeframe the intake reads, every status, and the days around each due date, with
 * the JVM's default zone set to UTC while the province lives in Asia/Ho_Chi_Minh (UTC+7).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OverdueRuleTest {

    private static final int PLAN_YEAR = 2025;
    /** What TimeframeParser makes of the printed kinds (its own test pins those), and the edge cases. */
    private static final List<Timeframe> TIMEFRAMES = List.of(
            new Timeframe(Kind.CONTINUOUS, "Thường xuyên", null, null),
            new Timeframe(Kind.CONTINUOUS, "Liên tục đến hết 2025", null, LocalDate.of(2025, 12, 31)),
            new Timeframe(Kind.YEARLY, "Hằng năm", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
            new Timeframe(Kind.YEARLY, "Hàng năm", null, null),
            new Timeframe(Kind.WITHIN_YEAR, "Trong năm 2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
            new Timeframe(Kind.WITHIN_QUARTER, "Quý I/2025", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31)),
            new Timeframe(Kind.WITHIN_QUARTER, "Quý III năm 2025", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30)),
            new Timeframe(Kind.DUE_BY, "trước ngày 15/11", null, LocalDate.of(2025, 11, 15)),
            new Timeframe(Kind.DUE_BY, "Hoàn thành trong tháng 6/2025", null, LocalDate.of(2025, 6, 30)),
            new Timeframe(Kind.PERIOD, "6 tháng đầu năm", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30)),
            new Timeframe(Kind.PERIOD, "Giai đoạn 2025-2030", LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31)),
            new Timeframe(Kind.PERIOD, "Từ tháng 3", LocalDate.of(2025, 3, 1), null),
            new Timeframe(Kind.UNSPECIFIED, "Theo chỉ đạo của tỉnh", null, null),
            Timeframe.unspecified(null));
    /** 23:59:59 and 00:00 local around due dates, as instants: the local day turns at 17:00 UTC. */
    private static final List<Instant> MOMENTS = List.of(
            Instant.parse("2025-03-31T16:59:59Z"), Instant.parse("2025-03-31T17:00:00Z"),
            Instant.parse("2025-06-30T16:59:59Z"), Instant.parse("2025-06-30T17:00:00Z"),
            Instant.parse("2025-11-15T16:59:59Z"), Instant.parse("2025-11-15T17:00:00Z"),
            Instant.parse("2025-11-16T06:00:00Z"),
            Instant.parse("2025-12-31T16:59:59Z"), Instant.parse("2025-12-31T17:00:00Z"),
            Instant.parse("2031-01-01T00:00:00Z"));

    Path data;
    TestDatabase db;
    JdbcClient jdbc;
    TimeZone jvmZone;
    /** Each stored row's timeframe and status, read back from its columns as Task does. */
    final Map<Long, Task> rows = new HashMap<>();

    @BeforeAll
    void database() throws Exception {
        jvmZone = TimeZone.getDefault();
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneOffset.UTC));
        data = Files.createTempDirectory("overdue-rule");
        db = TestDatabase.start(data);
        PGSimpleDataSource ds = db.dataSource();
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        jdbc = JdbcClient.create(ds);
        long province = jdbc.sql("insert into province (code, name) values ('x', 'X') returning id").query(Long.class)
                .single();
        long plan = jdbc.sql("insert into plan (province_id, kind, title, year, status) values (?, 'PLAN', 'P',"
                + " ?, 'ISSUED') returning id").params(province, PLAN_YEAR).query(Long.class).single();
        for (Timeframe timeframe : TIMEFRAMES) {
            for (TaskStatus status : TaskStatus.values()) {
                Task task = new Task();
                task.setTimeframe(timeframe, PLAN_YEAR);
                task.status = status;
                long id = jdbc.sql("insert into task (plan_id, province_id, content, timeframe_kind, timeframe_text,"
                                + " start_date, due_date, status) values (?, ?, 'c', ?, ?, ?, ?, ?) returning id")
                        .params(plan, province, task.timeframeKind.name(), task.timeframeText, task.startDate,
                                task.dueDate, status.name()).query(Long.class).single();
                rows.put(id, read(id));
            }
        }
    }

    @AfterAll
    void stop() throws Exception {
        TimeZone.setDefault(jvmZone);
        db.close();
    }

    @Test
    void sqlAndJavaAgreeOnEveryRowAtEveryMoment() {
        for (Instant moment : MOMENTS) {
            LocalDate today = OverdueRule.today(Clock.fixed(moment, ZoneOffset.UTC));
            Set<Long> java = new HashSet<>();
            rows.forEach((id, task) -> {
                if (task.overdue(today)) {
                    java.add(id);
                }
            });
            assertThat(sqlOverdue(today)).as("at %s (today %s)", moment, today).isEqualTo(java);
        }
    }

    @Test
    void theDueDayIsNotOverdueInTheProvinceTheNextDayIs() {
        long due15 = idOf("trước ngày 15/11", TaskStatus.IN_PROGRESS);
        LocalDate lastMinute = OverdueRule.today(Clock.fixed(Instant.parse("2025-11-15T16:59:59Z"), ZoneOffset.UTC));
        LocalDate midnight = OverdueRule.today(Clock.fixed(Instant.parse("2025-11-15T17:00:00Z"), ZoneOffset.UTC));

        assertThat(lastMinute).isEqualTo(LocalDate.of(2025, 11, 15));
        assertThat(midnight).as("00:00 in the province while the JVM's zone still says the 15th")
                .isEqualTo(LocalDate.of(2025, 11, 16)).isNotEqualTo(LocalDate.now(Clock.fixed(
                        Instant.parse("2025-11-15T17:00:00Z"), TimeZone.getDefault().toZoneId())));
        assertThat(sqlOverdue(lastMinute)).doesNotContain(due15);
        assertThat(rows.get(due15).overdue(lastMinute)).isFalse();
        assertThat(sqlOverdue(midnight)).contains(due15);
        assertThat(rows.get(due15).overdue(midnight)).isTrue();
    }

    @Test
    void finishedOngoingAndUndatedTasksAreNeverOverdue() {
        LocalDate farAway = LocalDate.of(2040, 1, 1);
        Set<Long> overdue = sqlOverdue(farAway);
        rows.forEach((id, task) -> {
            boolean never = task.status.finished() || task.timeframeKind == Kind.CONTINUOUS || task.dueDate == null;
            assertThat(overdue.contains(id)).as("%s %s %s", task.timeframeText, task.status, task.dueDate)
                    .isEqualTo(!never);
        });
        assertThat(overdue).as("a yearly task without dates is due on 31/12 of its plan's year")
                .contains(idOf("Hàng năm", TaskStatus.NOT_STARTED));
    }

    @Test
    void theJpqlFormStatesTheSameRuleOverTheEntitysFields() {
        assertThat(OverdueRule.jpql("t", "today")).isEqualTo("(t.dueDate < :today and t.status not in"
                + " (vn.ttdn.planning.TaskStatus.DONE, vn.ttdn.planning.TaskStatus.CANCELLED)"
                + " and t.timeframeKind <> vn.ttdn.planning.Timeframe.Kind.CONTINUOUS)");
        assertThat(OverdueRule.sql("t", "today")).isEqualTo("(t.due_date < :today and t.status not in"
                + " ('DONE', 'CANCELLED') and t.timeframe_kind <> 'CONTINUOUS')");
    }

    private Set<Long> sqlOverdue(LocalDate today) {
        return new HashSet<>(jdbc.sql("select t.id from task t where " + OverdueRule.sql("t", "today"))
                .param("today", today).query(Long.class).list());
    }

    private Task read(long id) {
        return jdbc.sql("select timeframe_kind, timeframe_text, start_date, due_date, status from task where id = ?")
                .param(id).query((rs, i) -> {
                    Task t = new Task();
                    t.timeframeKind = Kind.valueOf(rs.getString(1));
                    t.timeframeText = rs.getString(2);
                    t.startDate = rs.getObject(3, LocalDate.class);
                    t.dueDate = rs.getObject(4, LocalDate.class);
                    t.status = TaskStatus.valueOf(rs.getString(5));
                    return t;
                }).single();
    }

    private long idOf(String text, TaskStatus status) {
        List<Long> ids = new ArrayList<>();
        rows.forEach((id, t) -> {
            if (text.equals(t.timeframeText) && t.status == status) {
                ids.add(id);
            }
        });
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }
}
