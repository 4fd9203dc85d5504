package vn.ttdn.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import vn.ttdn.TtdnTest;
import vn.ttdn.common.ListQuery;
import vn.ttdn.directory.AgencyForm;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.GroupView;
import vn.ttdn.directory.NameMatch;
import vn.ttdn.directory.ProvinceView;

/** 1 July 2025: no more districts. The demo applies it through the directory; old plans follow. */
@TtdnTest
class DistrictSuccessionTest {

    @Autowired Plans plans;
    @Autowired Tasks tasks;
    @Autowired org.springframework.context.ApplicationEventPublisher events;
    @Autowired Directory directory;
    @Autowired vn.ttdn.directory.Reorganisations reorganisations;
    @Autowired UserDetailsService users;

    @Test
    void noDistrictCommitteeNorTheDistrictsGroupIsActiveAnyMore() {
        for (ProvinceView p : directory.provinces()) {
            assertThat(directory.agencies(p.id(), true)).extracting(AgencyView::fullName)
                    .noneMatch(n -> n.matches("Ủy ban nhân dân (huyện|thị xã|thành phố) .*"));
            assertThat(directory.groups(p.id())).extracting(GroupView::name)
                    .doesNotContain("UBND các huyện, thị xã, thành phố");
        }
        AgencyView vanNinh = directory.agencies(province("Khánh Hòa"), false).stream()
                .filter(a -> a.fullName().equals("Ủy ban nhân dân huyện Vạn Ninh")).findFirst().orElseThrow();
        assertThat(vanNinh.active()).isFalse();
        assertThat(vanNinh.endedOn()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void oldNamesResolveToTheCommunesAndWardsThatTookOver() {
        long kh = province("Khánh Hòa");
        NameMatch nhaTrang = directory.resolve(kh, "UBND thành phố Nha Trang");
        assertThat(directory.currentSuccessors(nhaTrang.agencyId())).extracting(NameMatch::resolvedName)
                .containsExactly("Ủy ban nhân dân phường Nha Trang", "Ủy ban nhân dân phường Bắc Nha Trang",
                        "Ủy ban nhân dân phường Tây Nha Trang", "Ủy ban nhân dân phường Nam Nha Trang");
        NameMatch vanNinh = directory.resolve(kh, "Ủy ban nhân dân huyện Vạn Ninh");
        assertThat(directory.currentSuccessors(vanNinh.agencyId())).extracting(NameMatch::resolvedName)
                .contains("Ủy ban nhân dân xã Tu Bông", "Ủy ban nhân dân xã Đại Lãnh").hasSize(5);
        assertThat(directory.resolve(kh, "UBND các huyện, thị xã, thành phố").resolvedName())
                .isEqualTo("UBND các xã, phường, đặc khu");
        // Quảng Bình's districts: their work went to Quảng Trị's communes and wards, named as a group.
        NameMatch dongHoi = directory.resolve(province("Quảng Bình"), "UBND thành phố Đồng Hới");
        assertThat(directory.currentSuccessors(dongHoi.agencyId())).singleElement()
                .satisfies(m -> assertThat(m.groupId()).isNotNull())
                .extracting(NameMatch::resolvedName).isEqualTo("UBND các xã, phường, đặc khu");
    }

    @Test
    void theSeedPlansOpenTasksNowNameTheCommunesGroup() {
        List<TaskView> tasks = as("dieuphoi.khanhhoa", () -> this.tasks.tasks(TaskFilter.ofAgency(
                agency(province("Khánh Hòa"), "Ủy ban nhân dân phường Nha Trang").id()),
                ListQuery.of(null, null, null, 0, 100)).items());
        assertThat(tasks).isNotEmpty().allSatisfy(t -> assertThat(t.leadNames())
                .contains("UBND các xã, phường, đặc khu").doesNotContain("UBND các huyện, thị xã, thành phố"));
    }

    @Test
    void aSplitAgencysOpenTasksGoToEverySuccessorWhileFinishedOnesKeepTheOldName() {
        long tq = province("Tuyên Quang");
        long old = create(tq, "UBND huyện thử chia tách " + System.nanoTime());
        long a = create(tq, "UBND xã thử A " + System.nanoTime());
        long b = create(tq, "UBND xã thử B " + System.nanoTime());
        long openPlan = as("dieuphoi", () -> newIssuedPlan(tq, "Kế hoạch thử chia tách mở", "A:" + old));
        long donePlan = as("dieuphoi", () -> newIssuedPlan(tq, "Kế hoạch thử chia tách xong", "A:" + old));
        TaskView done = task(donePlan);
        as("admin", () -> {
            events.publishEvent(new TaskProgressed(done.provinceId(), done.planId(), done.id(), TaskStatus.DONE, 100,
                    OffsetDateTime.now()));
            reorganisations.splitAgency(old, List.of(a, b), null, LocalDate.of(2025, 7, 1), "Chia tách thử");
            return null;
        });
        assertThat(task(openPlan).lead()).extracting(AssignmentView::agencyId).containsExactly(a, b);
        assertThat(task(donePlan).lead()).extracting(AssignmentView::agencyId).containsExactly(old);
        assertThat(directory.agency(old).active()).isFalse();
        assertThat(directory.currentSuccessors(old)).extracting(NameMatch::agencyId).containsExactly(a, b);
    }

    private long create(long province, String name) {
        return as("admin", () -> directory.createAgency(AgencyForm.of(province, AgencyKind.PEOPLES_COMMITTEE, name,
                null)));
    }

    private TaskView task(long planId) {
        return as("admin", () -> tasks.tasks(TaskFilter.ofPlan(planId), ListQuery.of(null, null, null, 0, 5))
                .items().get(0));
    }

    private long newIssuedPlan(long province, String title, String lead) {
        PlanForm form = new PlanForm();
        form.setProvinceId(province);
        form.setTitle(title);
        form.setYear(2026);
        long planId = plans.createPlan(form);
        TaskForm task = new TaskForm();
        task.setContent("Nhiệm vụ của " + title);
        task.setLead(List.of(lead));
        task.setTimeframeKind(Timeframe.Kind.DUE_BY);
        task.setDueDate(LocalDate.of(2026, 11, 15));
        tasks.createTask(planId, task);
        plans.issue(planId);
        return planId;
    }

    private long province(String name) {
        return directory.provinces().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().id();
    }

    private AgencyView agency(long province, String name) {
        return directory.agencies(province, true).stream().filter(a -> a.fullName().equals(name)).findFirst()
                .orElseThrow();
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
