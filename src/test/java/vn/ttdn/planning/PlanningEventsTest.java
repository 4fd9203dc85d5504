package vn.ttdn.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.ttdn.TtdnTest;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.TtdnPrincipal;
import vn.ttdn.tracking.Tracking;
import vn.ttdn.tracking.UpdateForm;

/** What planning announces, once, naming the province, the plan and the task; and how it takes in progress. */
@TtdnTest
@RecordApplicationEvents
class PlanningEventsTest {

    @Autowired Plans plans;
    @Autowired Tasks tasks;
    @Autowired Tracking tracking;
    @Autowired Directory directory;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired ApplicationEvents events;

    @Test
    void issuingAPlanAnnouncesItOnce() {
        long plan = as("dieuphoi", () -> draftWithTask("Kế hoạch thử sự kiện ban hành"));
        events.clear();
        as("dieuphoi", () -> plans.issue(plan));
        assertThat(events.stream(PlanIssued.class)).containsExactly(new PlanIssued(province(), plan));
    }

    @Test
    void closingAndReopeningAPlanAnnounceEachOnce() {
        long plan = as("dieuphoi", () -> issued("Kế hoạch thử sự kiện kết thúc"));
        events.clear();
        as("dieuphoi", () -> plans.close(plan));
        assertThat(events.stream(PlanClosed.class)).containsExactly(new PlanClosed(province(), plan));
        as("dieuphoi", () -> plans.reopen(plan, "Bổ sung nhiệm vụ"));
        assertThat(events.stream(PlanReopened.class))
                .containsExactly(new PlanReopened(province(), plan, "Bổ sung nhiệm vụ"));
        PlanView view = as("dieuphoi", () -> plans.plan(plan));
        assertThat(view.status()).isEqualTo(PlanStatus.ISSUED);
        assertThat(view.reopenReason()).isEqualTo("Bổ sung nhiệm vụ");
    }

    @Test
    void aRefusedTransitionAnnouncesNothingAndChangesNothing() {
        long plan = as("dieuphoi", () -> draftWithTask("Kế hoạch thử chuyển sai"));
        events.clear();
        assertThatThrownBy(() -> as("dieuphoi", () -> plans.close(plan))).isInstanceOf(UserFacingException.class);
        assertThatThrownBy(() -> as("dieuphoi", () -> plans.reopen(plan, "Lý do")))
                .isInstanceOf(UserFacingException.class);
        assertThat(events.stream(PlanClosed.class)).isEmpty();
        assertThat(events.stream(PlanReopened.class)).isEmpty();
        assertThat(as("dieuphoi", () -> plans.plan(plan)).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void eachAgencyNewlyGivenATaskIsAnnouncedOnceWithItsRole() {
        long foreign = agency("Sở Ngoại vụ");
        long culture = agency("Sở Văn hóa, Thể thao và Du lịch");
        long plan = as("dieuphoi", () -> plans.createPlan(form("Kế hoạch thử giao nhiệm vụ")));
        events.clear();
        long task = as("dieuphoi", () -> tasks.createTask(plan, task("A:" + foreign, List.of("A:" + culture))));
        assertThat(events.stream(TaskAssigned.class)).containsExactlyInAnyOrder(
                new TaskAssigned(province(), plan, task, foreign, AssignmentRole.LEAD),
                new TaskAssigned(province(), plan, task, culture, AssignmentRole.COORDINATING));

        events.clear();
        long police = agency("Công an tỉnh");
        TaskView view = as("dieuphoi", () -> tasks.task(task));
        TaskForm edit = task("A:" + foreign, List.of("A:" + culture, "A:" + police));
        edit.setVersion(view.version());
        as("dieuphoi", () -> tasks.updateTask(task, edit));
        assertThat(events.stream(TaskAssigned.class))
                .containsExactly(new TaskAssigned(province(), plan, task, police, AssignmentRole.COORDINATING));
    }

    @Test
    void aReportedUpdateMovesTheTaskThroughTaskProgressed() {
        long plan = as("dieuphoi", () -> issued("Kế hoạch thử tiến độ"));
        long task = as("dieuphoi", () -> tasks.tasks(TaskFilter.ofPlan(plan),
                vn.ttdn.common.ListQuery.of(null, null, null, 0, 5)).items().get(0).id());
        events.clear();
        UpdateForm update = new UpdateForm();
        update.setPercent(60);
        update.setNarrative("Đã tổ chức hai hội nghị");
        as("canbo.ngoaivu", () -> tracking.postUpdate(task, update, List.of()));
        assertThat(events.stream(TaskProgressed.class)).hasSize(1).allSatisfy(p -> {
            assertThat(p.provinceId()).isEqualTo(province());
            assertThat(p.planId()).isEqualTo(plan);
            assertThat(p.taskId()).isEqualTo(task);
            assertThat(p.status()).isEqualTo(TaskStatus.IN_PROGRESS);
            assertThat(p.percent()).isEqualTo(60);
        });
        TaskView after = as("dieuphoi", () -> tasks.task(task));
        assertThat(after.status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(after.percent()).isEqualTo(60);
    }

    @Test
    void progressHeardTwiceOrLateLeavesTheLatestReport() {
        long plan = as("dieuphoi", () -> issued("Kế hoạch thử tiến độ lặp lại"));
        long task = as("dieuphoi", () -> tasks.tasks(TaskFilter.ofPlan(plan),
                vn.ttdn.common.ListQuery.of(null, null, null, 0, 5)).items().get(0).id());
        OffsetDateTime now = OffsetDateTime.now();
        TaskProgressed latest = new TaskProgressed(province(), plan, task, TaskStatus.IN_PROGRESS, 70, now);
        publisher.publishEvent(latest);
        publisher.publishEvent(latest);
        publisher.publishEvent(new TaskProgressed(province(), plan, task, TaskStatus.IN_PROGRESS, 30,
                now.minusHours(1)));
        TaskView view = as("dieuphoi", () -> tasks.task(task));
        assertThat(view.percent()).isEqualTo(70);
        assertThat(view.status()).isEqualTo(TaskStatus.IN_PROGRESS);
    }

    // ---- helpers ----

    private long draftWithTask(String title) {
        long plan = plans.createPlan(form(title));
        tasks.createTask(plan, task("A:" + agency("Sở Ngoại vụ"), List.of()));
        return plan;
    }

    private long issued(String title) {
        long plan = draftWithTask(title);
        plans.issue(plan);
        return plan;
    }

    private PlanForm form(String title) {
        PlanForm form = new PlanForm();
        form.setProvinceId(province());
        form.setTitle(title + " " + System.nanoTime());
        form.setYear(2026);
        return form;
    }

    private static TaskForm task(String lead, List<String> coordinating) {
        TaskForm task = new TaskForm();
        task.setContent("Nhiệm vụ thử sự kiện");
        task.setLead(List.of(lead));
        task.setCoordinating(coordinating);
        task.setTimeframeKind(Timeframe.Kind.DUE_BY);
        task.setDueDate(LocalDate.of(2026, 11, 15));
        return task;
    }

    private long province() {
        return ((TtdnPrincipal) users.loadUserByUsername("dieuphoi")).user().provinceId();
    }

    private long agency(String name) {
        return directory.agencies(province(), true).stream().filter(a -> a.fullName().equals(name))
                .map(AgencyView::id).findFirst().orElseThrow();
    }

    private void as(String username, Runnable work) {
        as(username, () -> {
            work.run();
            return null;
        });
    }

    private <T> T as(String username, Supplier<T> work) {
        var principal = users.loadUserByUsername(username);
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
