package vn.ttdn.tracking.internal;

import java.time.LocalDate;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.ttdn.common.PerDataState;
import vn.ttdn.changes.DataChanges;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.planning.OverdueRule;
import vn.ttdn.tracking.Dashboard;

/** Dashboards computed once per state of the reader's provinces' data and day (overdue depends on the day). */
@Component
class DashboardCache {

    private record Key(String kind, long id, Integer year, boolean full, LocalDate day) {
    }

    private final PerDataState<Key, Dashboard> dashboards;

    DashboardCache(DataChanges changes) {
        this.dashboards = new PerDataState<>(() -> changes.versionOf(CurrentUser.get().provincesRead()), 500);
    }

    /** The dashboard for these arguments as of now, built only if the data changed since it was last built. */
    Dashboard get(String kind, long id, Integer year, boolean full, Supplier<Dashboard> build) {
        return dashboards.get(new Key(kind, id, year, full, OverdueRule.today()), build);
    }
}
