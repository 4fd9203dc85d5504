package vn.ttdn.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.planning.PlanKind;
import vn.ttdn.planning.PlanStatus;

/** Which status may follow which: draft → issued → closed, and closed → issued again with a reason. */
class PlanStatusTest {

    @Test
    void aNewPlanIsADraft() {
        assertThat(plan().status).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aDraftWithTasksIsIssued() {
        Plan plan = plan();
        plan.issue(3);
        assertThat(plan.status).isEqualTo(PlanStatus.ISSUED);
    }

    @Test
    void aDraftWithoutTasksIsNotIssued() {
        Plan plan = plan();
        assertThatThrownBy(() -> plan.issue(0)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("chưa có nhiệm vụ");
        assertThat(plan.status).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void anIssuedPlanIsClosed() {
        Plan plan = issued();
        plan.close();
        assertThat(plan.status).isEqualTo(PlanStatus.CLOSED);
    }

    @Test
    void aClosedPlanIsReopenedWithItsReasonKept() {
        Plan plan = closed();
        plan.reopen("  Bổ sung nhiệm vụ theo chỉ đạo của Tỉnh ủy  ", "dieuphoi");
        assertThat(plan.status).isEqualTo(PlanStatus.ISSUED);
        assertThat(plan.reopenReason).isEqualTo("Bổ sung nhiệm vụ theo chỉ đạo của Tỉnh ủy");
        assertThat(plan.reopenedBy).isEqualTo("dieuphoi");
        assertThat(plan.reopenedAt).isNotNull();
    }

    @Test
    void aReopenedPlanClosesAgain() {
        Plan plan = closed();
        plan.reopen("Gia hạn", "dieuphoi");
        plan.close();
        assertThat(plan.status).isEqualTo(PlanStatus.CLOSED);
    }

    @Test
    void reopeningWithoutAReasonIsRefused() {
        for (String blank : new String[]{null, "", "   "}) {
            Plan plan = closed();
            refused(() -> plan.reopen(blank, "dieuphoi"), "reason", "plan.transition.reasonRequired");
            assertThat(plan.status).isEqualTo(PlanStatus.CLOSED);
            assertThat(plan.reopenReason).isNull();
        }
    }

    @Test
    void onlyADraftIsIssued() {
        refused(() -> issued().issue(1), "status", "plan.transition.issueOnlyDraft");
        refused(() -> closed().issue(1), "status", "plan.transition.issueOnlyDraft");
    }

    @Test
    void onlyAnIssuedPlanIsClosed() {
        refused(() -> plan().close(), "status", "plan.transition.closeOnlyIssued");
        refused(() -> closed().close(), "status", "plan.transition.closeOnlyIssued");
    }

    @Test
    void onlyAClosedPlanIsReopened() {
        refused(() -> plan().reopen("Lý do", "dieuphoi"), "status", "plan.transition.reopenOnlyClosed");
        refused(() -> issued().reopen("Lý do", "dieuphoi"), "status", "plan.transition.reopenOnlyClosed");
    }

    @Test
    void archivingKeepsTheStatus() {
        Plan plan = closed();
        plan.archive();
        assertThat(plan.archived).isTrue();
        assertThat(plan.status).isEqualTo(PlanStatus.CLOSED);
    }

    private static void refused(Runnable transition, String field, String key) {
        assertThatThrownBy(transition::run).isInstanceOfSatisfying(PlanTransitionRefused.class, e -> {
            assertThat(e.field).isEqualTo(field);
            assertThat(e.key).isEqualTo(key);
        });
    }

    private static Plan plan() {
        return new Plan(1L, null, new PlanHeader(PlanKind.PLAN, null, "Kế hoạch thông tin đối ngoại năm 2026", null,
                null, null, null, null, 2026, null, null), false, "dieuphoi");
    }

    private static Plan issued() {
        Plan plan = plan();
        plan.issue(1);
        return plan;
    }

    private static Plan closed() {
        Plan plan = issued();
        plan.close();
        return plan;
    }
}
