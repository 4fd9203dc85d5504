package vn.ttdn.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.TestPropertySource;
import vn.ttdn.directory.AgencyForm;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.identity.Role;
import vn.ttdn.identity.SystemUser;
import vn.ttdn.identity.TtdnPrincipal;
import vn.ttdn.planning.PlanStatus;
import vn.ttdn.planning.PlanningRows;
import vn.ttdn.planning.TaskStatus;

/**
 * Tracking with the modules it uses (planning, directory, identity, common): an agency's progress update is kept
 * and the task it reports on shows it.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(properties = {"ttdn.data-dir=target/test-data/tracking-module", "ttdn.db.embedded.clean=true",
        "ttdn.db.embedded.durable=false", "ttdn.demo=false"})
class TrackingModuleTest {

    @Autowired Tracking tracking;
    @Autowired Directory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void anUpdateRecordedByTheLeadingAgencyMovesTheTasksStatus(Scenario scenario) {
        long n = System.nanoTime() % 100_000;
        long province = SystemUser.call(() -> directory.createProvince("U" + n, "Tỉnh thử " + n));
        long agency = SystemUser.call(() -> directory.createAgency(AgencyForm.of(province, AgencyKind.DEPARTMENT,
                "Sở thử " + n, null)));
        PlanningRows rows = new PlanningRows(jdbc);
        long task = rows.task(rows.plan(province, PlanStatus.ISSUED), province, LocalDate.of(2026, 12, 31),
                TaskStatus.NOT_STARTED, agency);
        UpdateForm form = new UpdateForm();
        form.setStatus(TaskStatus.IN_PROGRESS);
        form.setPercent(40);
        form.setNarrative("Đã tổ chức hội nghị báo chí quý IV.");

        scenario.stimulate(() -> asOfficerOf(agency, province, () -> tracking.postUpdate(task, form, List.of())))
                .andWaitForStateChange(() -> rows.statusAndPercent(task), s -> !s.startsWith("NOT_STARTED"))
                .andVerify((state, updateId) -> {
                    assertThat(state).isEqualTo("IN_PROGRESS 40");
                    assertThat(SystemUser.call(() -> tracking.updates(task))).singleElement()
                            .satisfies(u -> assertThat(u.id()).isEqualTo(updateId));
                });
    }

    private static <T> T asOfficerOf(long agency, long province, Supplier<T> work) {
        CurrentUser officer = new CurrentUser(-1, "canbo.thu", "Cán bộ thử", agency, province, Set.of(province),
                EnumSet.of(Role.AGENCY_OFFICER));
        TtdnPrincipal principal = new TtdnPrincipal(officer, "", true, false);
        var previous = SecurityContextHolder.getContext().getAuthentication();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
