package vn.ttdn.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import vn.ttdn.common.TextFolding;

/**
 * Generates the province-scale sample once against an embedded PostgreSQL and checks what the app relies on.
 * A mock web environment (no server): the security configuration needs the servlet stack to be present.
 */
@SpringBootTest(properties = {
        "ttdn.data-dir=target/test-data/demo-data", "ttdn.db.embedded.clean=true",
        "ttdn.db.embedded.durable=false", "ttdn.demo=false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoDataCommandTest {

    @Autowired
    DemoDataCommand command;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    @BeforeAll
    void generate() {
        assertThat(command.run(new String[]{"--scale", "province"})).isZero();
    }

    private long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void writesTheProvinceScale() {
        assertThat(count("select count(*) from province")).isEqualTo(1);
        assertThat(count("select count(*) from agency")).isEqualTo(60);
        assertThat(count("select count(*) from plan")).isEqualTo(10);
        assertThat(count("select count(*) from task")).isBetween(80L, 250L);
        assertThat(count("select count(*) from progress_update")).isGreaterThan(count("select count(*) from task"));
        assertThat(count("select count(*) from agency where coordinator")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select full_name from agency where coordinator", String.class))
                .isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
    }

    @Test
    void marksEveryPlanAsSample() {
        assertThat(count("select count(*) from plan where not sample or created_by <> 'demo-data'")).isZero();
        assertThat(count("select count(*) from plan where title not like '% (dữ liệu mẫu)'")).isZero();
        assertThat(count("select count(*) from plan where status = 'DRAFT' and issued_on is not null")).isZero();
        assertThat(count("select count(*) from plan where status = 'DRAFT'")).isPositive();
    }

    @Test
    void everyTaskHasALeadAndEachAssignmentOneTarget() {
        assertThat(count("select count(*) from task t where not exists (select 1 from task_assignment a"
                + " where a.task_id = t.id and a.role = 'LEAD')")).isZero();
        assertThat(count("select count(*) from task_assignment where (agency_id is null) = (group_id is null)"
                + " or name is null")).isZero();
        assertThat(count("select count(*) from task_assignment where group_id is not null")).isPositive();
        assertThat(count("select count(*) from task_assignment a join agency g on g.id = a.agency_id"
                + " where a.name <> g.full_name")).isZero();
    }

    @Test
    void taskTakesItsLatestUpdate() {
        assertThat(count("select count(*) from task t join lateral (select u.status, u.percent, u.created_at"
                + " from progress_update u where u.task_id = t.id order by u.created_at desc limit 1) u on true"
                + " where t.status <> u.status or t.percent <> u.percent or t.last_update_at <> u.created_at"))
                .isZero();
        assertThat(count("select count(*) from task t where not exists (select 1 from progress_update u"
                + " where u.task_id = t.id) and (t.status <> 'NOT_STARTED' or t.percent <> 0"
                + " or t.last_update_at is not null)")).isZero();
        assertThat(count("select count(*) from progress_update where created_at > now()")).isZero();
        assertThat(count("select count(*) from progress_update u join task t on t.id = u.task_id"
                + " join plan p on p.id = t.plan_id where p.status = 'DRAFT'")).isZero();
    }

    @Test
    void percentNeverFallsAndDoneMeansHundred() {
        assertThat(count("select count(*) from (select percent, lag(percent) over (partition by task_id"
                + " order by created_at) as before from progress_update) x where percent < before")).isZero();
        assertThat(count("select count(*) from task where status = 'DONE' and percent <> 100")).isZero();
        List<String> statuses = jdbc.queryForList("select distinct status from task order by 1", String.class);
        assertThat(statuses).contains("DONE", "IN_PROGRESS", "NOT_STARTED");
    }

    @Test
    void dueDateIsTheTimeframeEnd() {
        assertThat(count("select count(*) from task where timeframe_kind = 'CONTINUOUS' and due_date is not null"))
                .isZero();
        assertThat(count("select count(*) from task t join plan p on p.id = t.plan_id where"
                + " t.timeframe_kind = 'YEARLY' and t.due_date <> make_date(p.year, 12, 31)")).isZero();
        assertThat(count("select count(*) from task where timeframe_kind = 'WITHIN_QUARTER'"
                + " and (start_date is null or due_date is null or due_date < start_date)")).isZero();
        // Seven kinds exist; the rarest (5 % unspecified) could be missing from a small sample on some date.
        assertThat(count("select count(distinct timeframe_kind) from task")).isGreaterThanOrEqualTo(6);
    }

    @Test
    void searchTextIsFolded() {
        Map<String, Object> row = jdbc.queryForMap("select content, search_text from task order by id limit 1");
        assertThat((String) row.get("search_text")).contains(TextFolding.fold((String) row.get("content")));
        assertThat(count("select count(*) from plan where search_text = ''")).isZero();
        assertThat(count("select count(*) from agency where search_text = ''")).isZero();
    }

    @Test
    void groupsStandForKinds() {
        List<String> kinds = jdbc.queryForList("select member_kinds from agency_group order by name", String.class);
        assertThat(kinds).containsExactly("BOARD,DEPARTMENT", "PEOPLES_COMMITTEE");
        assertThat(count("select count(*) from agency_group where name_key = ''")).isZero();
    }

    @Test
    void benchAccountsLogInWithTheDefaultPassword() {
        List<Map<String, Object>> users = jdbc.queryForList("select username, password_hash, roles, agency_id"
                + " from app_user where username like 'bench.%' order by username");
        assertThat(users).extracting(u -> u.get("username")).containsExactly("bench.coordinator",
                "bench.officer1", "bench.officer2", "bench.officer3", "bench.officer4", "bench.officer5",
                "bench.viewer");
        for (Map<String, Object> user : users) {
            String hash = (String) user.get("password_hash");
            assertThat(hash).startsWith("{bcrypt}");
            assertThat(passwordEncoder.matches(DemoDataCommand.DEFAULT_PASSWORD, hash)).isTrue();
            assertThat(user.get("agency_id")).isNotNull();
        }
        assertThat(count("select count(*) from app_user where username = 'ha-noi.coordinator'"
                + " and roles = 'COORDINATOR'")).isEqualTo(1);
    }

    @Test
    void secondRunChangesNothing() {
        long plans = count("select count(*) from plan");
        long updates = count("select count(*) from progress_update");
        assertThat(command.run(new String[]{"--scale=province"})).isZero();
        assertThat(count("select count(*) from plan")).isEqualTo(plans);
        assertThat(count("select count(*) from progress_update")).isEqualTo(updates);
    }

    @Test
    void refusesUnknownArguments() {
        assertThat(command.run(new String[]{"--scale", "world"})).isEqualTo(2);
        assertThat(command.run(new String[]{"--password", "short"})).isEqualTo(2);
    }
}
