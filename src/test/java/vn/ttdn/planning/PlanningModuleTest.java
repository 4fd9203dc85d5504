package vn.ttdn.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import vn.ttdn.common.events.AgencySucceeded;
import vn.ttdn.directory.AgencyForm;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.SystemUser;

/**
 * Planning with only the modules it uses (directory, identity, common): what it announces and how it reacts.
 * {@code DIRECT_DEPENDENCIES}, since planning's services need the directory and the audit trail for real; common
 * included by name, as planning uses none of its types that would pull in the embedded database's configuration.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "common")
@TestPropertySource(properties = {"ttdn.data-dir=target/test-data/planning-module", "ttdn.db.embedded.clean=true",
        "ttdn.db.embedded.durable=false", "ttdn.demo=false"})
class PlanningModuleTest {

    @Autowired Plans plans;
    @Autowired Directory directory;
    @Autowired JdbcClient jdbc;

    @Test
    void creatingAPlanWithALegalBasisAnnouncesWhatItCites(Scenario scenario) {
        long province = province();
        PlanForm form = new PlanForm();
        form.setProvinceId(province);
        form.setKind(PlanKind.PLAN);
        form.setNumber("15/KH-UBND");
        form.setTitle("Kế hoạch thông tin đối ngoại năm 2026");
        form.setYear(2026);
        form.setLegalBasis("Nghị định số 72/2015/NĐ-CP ngày 07/9/2015 của Chính phủ về quản lý hoạt động thông tin"
                + " đối ngoại");

        scenario.stimulate(() -> SystemUser.call(() -> plans.createPlan(form)))
                .andWaitForEventOfType(PlanCitationsRecorded.class)
                .matching(e -> e.provinceId() == province)
                .toArriveAndVerify((event, planId) -> {
                    assertThat(event.planId()).isEqualTo(planId);
                    assertThat(event.number()).isEqualTo("15/KH-UBND");
                    assertThat(event.cited()).extracting(CitationView::printed)
                            .singleElement().asString().contains("72/2015/NĐ-CP");
                });
    }

    @Test
    void anAgencySucceededMovesTheOpenTasksItLed(Scenario scenario) {
        long province = province();
        long old = agency(province, "Sở thử cũ");
        long successor = agency(province, "Sở thử mới");
        PlanningRows rows = new PlanningRows(jdbc);
        long task = rows.task(rows.plan(province, PlanStatus.ISSUED), province, LocalDate.of(2026, 12, 31),
                TaskStatus.IN_PROGRESS, old);

        scenario.publish(new AgencySucceeded(province, old, successor, LocalDate.of(2025, 7, 1), "MERGE"))
                .andWaitForStateChange(() -> rows.leadAgencies(task), leads -> !leads.contains(old))
                .andVerify(leads -> assertThat(leads).containsExactly(successor));
    }

    @Test
    void theSuccessorIsAnnouncedAsAssignedToTheMovedTask(Scenario scenario) {
        long province = province();
        long old = agency(province, "Sở thử tách");
        long successor = agency(province, "Sở thử nhận");
        PlanningRows rows = new PlanningRows(jdbc);
        long plan = rows.plan(province, PlanStatus.ISSUED);
        long task = rows.task(plan, province, LocalDate.of(2026, 12, 31), TaskStatus.IN_PROGRESS, old);

        scenario.publish(new AgencySucceeded(province, old, successor, LocalDate.of(2025, 7, 1), "MERGE"))
                .andWaitForEventOfType(TaskAssigned.class)
                .matching(e -> e.taskId() == task)
                .toArriveAndVerify(e -> assertThat(e).isEqualTo(
                        new TaskAssigned(province, plan, task, successor, AssignmentRole.LEAD)));
    }

    private long province() {
        long n = System.nanoTime() % 100_000;
        return SystemUser.call(() -> directory.createProvince("T" + n, "Tỉnh thử " + n));
    }

    private long agency(long province, String name) {
        return SystemUser.call(() -> directory.createAgency(AgencyForm.of(province, AgencyKind.DEPARTMENT,
                name + " " + System.nanoTime(), null)));
    }
}
