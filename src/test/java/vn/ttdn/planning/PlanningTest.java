package vn.ttdn.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import vn.ttdn.TtdnTest;
import vn.ttdn.common.ConflictException;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.NotFoundException;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.ProvinceView;

/** Plans and tasks as the coordinating department and the agencies use them, on the demo data. */
@TtdnTest
class PlanningTest {

    @Autowired Plans plans;
    @Autowired Tasks tasks;
    @Autowired Directory directory;
    @Autowired UserDetailsService users;

    @Test
    void theFourSeedPlansArrivedThroughIntakeWithTheirTasks() {
        List<PlanSummary> plans = as("admin", () -> this.plans.plans(null, null, null, ListQuery.of(null, null, null, 0, 50))
                .items());
        assertThat(plans).filteredOn(p -> !p.sample()).extracting(PlanSummary::taskCount)
                .contains(34L, 22L, 11L, 18L);
        assertThat(plans).extracting(PlanSummary::number).contains("13980/KH-UBND");
    }

    @Test
    void anOfficerFindsTheTasksOfHerAgencyAndOfTheGroupsItBelongsTo() {
        long province = province("Tuyên Quang");
        long foreign = agency(province, "Sở Ngoại vụ").id();
        long planId = as("dieuphoi", () -> newIssuedPlan(province, "Kế hoạch thử nhóm 2026", "G:" + group(province)));
        List<TaskView> mine = as("canbo.ngoaivu", () -> tasks.tasks(TaskFilter.ofAgency(foreign),
                ListQuery.of("thu nhom", null, null, 0, 50)).items());
        assertThat(mine).extracting(TaskView::planId).contains(planId);
    }

    @Test
    void aDraftIsInvisibleToAgenciesUntilItIsIssued() {
        long province = province("Tuyên Quang");
        long planId = as("dieuphoi", () -> plans.createPlan(form(province, "Dự thảo kế hoạch bí mật")));
        assertThatThrownBy(() -> as("canbo.ngoaivu", () -> plans.plan(planId))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as("dieuphoi.khanhhoa", () -> plans.plan(planId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(as("dieuphoi", () -> plans.plan(planId)).status()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void aPlanWithoutTasksCannotBeIssued() {
        long province = province("Tuyên Quang");
        long planId = as("dieuphoi", () -> plans.createPlan(form(province, "Kế hoạch rỗng")));
        assertThatThrownBy(() -> as("dieuphoi", () -> {
            plans.issue(planId);
            return null;
        })).isInstanceOf(UserFacingException.class).hasMessageContaining("chưa có nhiệm vụ");
    }

    @Test
    void theSecondOfTwoEditorsIsToldInsteadOfOverwritingTheFirst() {
        long province = province("Tuyên Quang");
        long foreign = agency(province, "Sở Ngoại vụ").id();
        long planId = as("dieuphoi", () -> newIssuedPlan(province, "Kế hoạch sửa đồng thời", "A:" + foreign));
        TaskView task = as("dieuphoi", () -> tasks.tasks(TaskFilter.ofPlan(planId), ListQuery.of(null, null, null, 0, 5))
                .items().get(0));
        TaskForm first = edit(task, "Bản của người thứ nhất");
        TaskForm second = edit(task, "Bản của người thứ hai");
        as("dieuphoi", () -> {
            tasks.updateTask(task.id(), first);
            return null;
        });
        assertThatThrownBy(() -> as("dieuphoi", () -> {
            tasks.updateTask(task.id(), second);
            return null;
        })).isInstanceOf(ConflictException.class).hasMessageContaining("vừa được người khác sửa");
        assertThat(as("dieuphoi", () -> tasks.task(task.id())).content()).isEqualTo("Bản của người thứ nhất");
    }

    @Test
    void copyingAPlanToTheNextYearMakesADraftWithTheSameTasksAndShiftedDates() {
        long province = province("Tuyên Quang");
        long foreign = agency(province, "Sở Ngoại vụ").id();
        long planId = as("dieuphoi", () -> newIssuedPlan(province, "Kế hoạch TTĐN năm 2026", "A:" + foreign));
        long copy = as("dieuphoi", () -> plans.copyToYear(planId, 2027));
        PlanView copied = as("dieuphoi", () -> plans.plan(copy));
        assertThat(copied.title()).isEqualTo("Kế hoạch TTĐN năm 2027");
        assertThat(copied.status()).isEqualTo(PlanStatus.DRAFT);
        TaskView task = as("dieuphoi", () -> tasks.tasks(TaskFilter.ofPlan(copy), ListQuery.of(null, null, null, 0, 5))
                .items().get(0));
        assertThat(task.dueDate()).isEqualTo(LocalDate.of(2027, 11, 15));
        assertThat(task.status()).isEqualTo(TaskStatus.NOT_STARTED);
    }

    @Test
    void theTtdnDutyMovedToTheCultureDepartmentIn2025AndOldNamesStillResolve() {
        long province = province("Tuyên Quang");
        AgencyView old = directory.agencies(province, false).stream()
                .filter(a -> a.fullName().equals("Sở Thông tin và Truyền thông")).findFirst().orElseThrow();
        assertThat(old.active()).isFalse();
        assertThat(old.endedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
        AgencyView culture = directory.agency(old.successorId());
        assertThat(culture.fullName()).isEqualTo("Sở Văn hóa, Thể thao và Du lịch");
        assertThat(culture.coordinator()).isTrue();
        assertThat(directory.resolve(province, "Sở TT&TT").agencyId()).isEqualTo(culture.id());
        // The 2025 plan's open tasks once led by Sở TT&TT now belong to its successor.
        List<TaskView> cultureTasks = as("dieuphoi", () -> tasks.tasks(TaskFilter.ofAgency(culture.id()),
                ListQuery.of(null, null, null, 0, 200)).items());
        assertThat(cultureTasks).anyMatch(t -> t.lead().stream().anyMatch(a -> a.printed() != null
                && a.printed().contains("Thông tin và Truyền thông")));
    }

    @Test
    void aMergedProvinceHandsItsRecordsToItsSuccessor() {
        ProvinceView quangBinh = directory.provinces().stream().filter(p -> p.name().equals("Quảng Bình"))
                .findFirst().orElseThrow();
        assertThat(quangBinh.active()).isFalse();
        assertThat(directory.province(quangBinh.successorId()).name()).isEqualTo("Quảng Trị");
    }

    private long newIssuedPlan(long province, String title, String lead) {
        long planId = plans.createPlan(form(province, title));
        TaskForm task = new TaskForm();
        task.setContent("Nhiệm vụ của " + title);
        task.setLead(List.of(lead));
        task.setTimeframeKind(Timeframe.Kind.DUE_BY);
        task.setDueDate(LocalDate.of(2026, 11, 15));
        tasks.createTask(planId, task);
        plans.issue(planId);
        return planId;
    }

    private static PlanForm form(long province, String title) {
        PlanForm form = new PlanForm();
        form.setProvinceId(province);
        form.setTitle(title);
        form.setYear(2026);
        return form;
    }

    private static TaskForm edit(TaskView task, String content) {
        TaskForm form = new TaskForm();
        form.setContent(content);
        form.setLead(task.lead().stream().map(a -> "A:" + a.agencyId()).toList());
        form.setTimeframeKind(task.timeframe().kind());
        form.setDueDate(task.dueDate());
        form.setVersion(task.version());
        return form;
    }

    private long province(String name) {
        return directory.provinces().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    private AgencyView agency(long province, String name) {
        return directory.agencies(province, true).stream().filter(a -> a.fullName().equals(name)).findFirst()
                .orElseThrow();
    }

    private long group(long province) {
        return directory.groups(province).stream().filter(g -> g.name().equals("Các sở, ban, ngành")).findFirst()
                .orElseThrow().id();
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
