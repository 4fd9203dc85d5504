package vn.ttdn.tracking.internal;

import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.ForbiddenException;
import vn.ttdn.common.Times;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.planning.PlanView;
import vn.ttdn.planning.Plans;
import vn.ttdn.planning.TaskStatistics;
import vn.ttdn.planning.TaskStatistics.Scope;
import vn.ttdn.tracking.Dashboard;
import vn.ttdn.tracking.Dashboards;

/**
 * Chooses the set of tasks each dashboard covers, after checking the user may see it. Counts about tasks come from
 * planning, names of agencies from the directory; tracking adds its own progress updates.
 */
@Service
@Transactional(readOnly = true)
class DashboardService implements Dashboards {

    private static final int OVERDUE_LINES = 20;
    private static final int UPDATE_LINES = 10;
    private final DashboardQueries queries;
    private final TaskStatistics statistics;
    private final Directory directory;
    private final Plans plans;
    private final DashboardCache cache;

    DashboardService(DashboardQueries queries, TaskStatistics statistics, Directory directory, Plans plans,
                     DashboardCache cache) {
        this.queries = queries;
        this.statistics = statistics;
        this.directory = directory;
        this.plans = plans;
        this.cache = cache;
    }

    @Override
    public Dashboard province(long provinceId, Integer year) {
        if (!CurrentUser.get().readsWholeProvince(provinceId)) {
            throw new ForbiddenException("dashboard.forbidden.province");
        }
        return cache.get("province", provinceId, year, true, () -> buildProvince(provinceId, year));
    }

    private Dashboard buildProvince(long provinceId, Integer year) {
        Scope scope = Scope.province(provinceId, year);
        Set<Long> tasks = statistics.taskIds(scope);
        return new Dashboard(directory.province(provinceId).name(), totals(scope), rows(statistics.byPlan(scope)),
                List.of(), rows(statistics.byLeadAgency(scope)), overdue(scope), recentUpdates(tasks), months(tasks));
    }

    @Override
    public Dashboard plan(long planId) {
        PlanView plan = plans.plan(planId);
        boolean followsAll = CurrentUser.get().readsWholeProvince(plan.provinceId());
        return cache.get("plan", planId, null, followsAll, () -> buildPlan(plan, followsAll));
    }

    private Dashboard buildPlan(PlanView plan, boolean followsAll) {
        Scope scope = Scope.plan(plan.id());
        Set<Long> tasks = statistics.taskIds(scope);
        return new Dashboard(plan.title(), totals(scope), List.of(), rows(statistics.bySection(scope)),
                rows(statistics.byLeadAgency(scope)), overdue(scope),
                followsAll ? recentUpdates(tasks) : List.of(), months(tasks));
    }

    @Override
    public Dashboard agency(long agencyId, Integer year) {
        AgencyView agency = directory.agency(agencyId);
        CurrentUser user = CurrentUser.get();
        if (!user.followsAgency(agencyId, agency.provinceId())) {
            throw new ForbiddenException("dashboard.forbidden.agency");
        }
        return cache.get("agency", agencyId, year, true, () -> buildAgency(agency, year));
    }

    private Dashboard buildAgency(AgencyView agency, Integer year) {
        Scope scope = Scope.agency(agency.id(), year);
        Set<Long> tasks = statistics.taskIds(scope);
        return new Dashboard(agency.fullName(), totals(scope), rows(statistics.byPlan(scope)), List.of(), List.of(),
                overdue(scope), recentUpdates(tasks), months(tasks));
    }

    private Dashboard.Totals totals(Scope scope) {
        TaskStatistics.Counts c = statistics.totals(scope);
        return new Dashboard.Totals(c.tasks(), c.notStarted(), c.inProgress(), c.done(), c.cancelled(), c.overdue(),
                c.averagePercent());
    }

    private static List<Dashboard.Row> rows(List<TaskStatistics.Group> groups) {
        return groups.stream().map(g -> new Dashboard.Row(g.id(), g.label(), g.tasks(), g.done(), g.overdue(),
                g.averagePercent())).toList();
    }

    private List<Dashboard.TaskLine> overdue(Scope scope) {
        return statistics.overdue(scope, OVERDUE_LINES).stream().map(t -> new Dashboard.TaskLine(t.id(), t.ref(),
                shorten(t.content()), t.planTitle(), t.lead(), t.dueDate(), t.percent())).toList();
    }

    private List<Dashboard.UpdateLine> recentUpdates(Set<Long> tasks) {
        List<DashboardQueries.Update> updates = queries.recentUpdates(tasks, UPDATE_LINES);
        Map<Long, String> contents = statistics.contents(updates.stream().map(DashboardQueries.Update::taskId)
                .distinct().toList());
        Map<Long, String> agencies = new HashMap<>();
        return updates.stream().map(u -> new Dashboard.UpdateLine(u.taskId(), shorten(contents.get(u.taskId())),
                agencies.computeIfAbsent(u.agencyId(), id -> directory.agency(id).fullName()), u.author(),
                u.status(), u.percent(), u.at())).toList();
    }

    private List<Dashboard.MonthCount> months(Set<Long> tasks) {
        YearMonth now = YearMonth.now(Times.ZONE);
        return MonthSeries.lastTwelve(now, queries.updatesByMonth(tasks, now));
    }

    private static String shorten(String s) {
        return s == null || s.length() <= 160 ? s : s.substring(0, 160) + "…";
    }
}
