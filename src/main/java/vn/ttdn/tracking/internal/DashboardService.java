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
import vn.ttdn.tracking.Dashboard;
import vn.ttdn.tracking.Dashboards;

/** Chooses the set of tasks each dashboard covers, after checking the user may see it. */
@Service
@Transactional(readOnly = true)
class DashboardService implements Dashboards {

    private static final String ISSUED = "p.status <> 'DRAFT'";
    private final DashboardQueries queries;
    private final Directory directory;
    private final Plans plans;
    private final DashboardCache cache;

    DashboardService(DashboardQueries queries, Directory directory, Plans plans, DashboardCache cache) {
        this.queries = queries;
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
        Map<String, Object> params = new HashMap<>();
        params.put("province", provinceId);
        String scope = "t.province_id = :province and " + ISSUED + year(year, params);
        return new Dashboard(directory.province(provinceId).name(), queries.totals(scope, params),
                queries.byPlan(scope, params), List.of(), queries.byAgency(scope, params),
                queries.overdue(scope, params), queries.recentUpdates(scope, params),
                months(scope, params));
    }

    @Override
    public Dashboard plan(long planId) {
        PlanView plan = plans.plan(planId);
        boolean followsAll = CurrentUser.get().readsWholeProvince(plan.provinceId());
        return cache.get("plan", planId, null, followsAll, () -> buildPlan(plan, followsAll));
    }

    private Dashboard buildPlan(PlanView plan, boolean followsAll) {
        long planId = plan.id();
        Map<String, Object> params = new HashMap<>();
        params.put("plan", planId);
        String scope = "t.plan_id = :plan";
        return new Dashboard(plan.title(), queries.totals(scope, params), List.of(), queries.bySection(scope, params),
                queries.byAgency(scope, params), queries.overdue(scope, params),
                followsAll ? queries.recentUpdates(scope, params) : List.of(), months(scope, params));
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
        long agencyId = agency.id();
        Map<String, Object> params = new HashMap<>();
        params.put("agency", agencyId);
        Set<Long> groups = directory.groupsContaining(agencyId);
        params.put("groups", groups.isEmpty() ? List.of(-1L) : groups);
        String scope = ISSUED + " and exists (select 1 from task_assignment a2 where a2.task_id = t.id"
                + " and (a2.agency_id = :agency or a2.group_id in (:groups)))" + year(year, params);
        return new Dashboard(agency.fullName(), queries.totals(scope, params), queries.byPlan(scope, params),
                List.of(), List.of(), queries.overdue(scope, params), queries.recentUpdates(scope, params),
                months(scope, params));
    }

    private List<Dashboard.MonthCount> months(String scope, Map<String, Object> params) {
        YearMonth now = YearMonth.now(Times.ZONE);
        return MonthSeries.lastTwelve(now, queries.updatesByMonth(scope, params, now));
    }

    private static String year(Integer year, Map<String, Object> params) {
        if (year == null) {
            return "";
        }
        params.put("year", year);
        return " and p.year = :year";
    }
}
