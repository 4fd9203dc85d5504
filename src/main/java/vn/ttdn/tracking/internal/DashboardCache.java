package vn.ttdn.tracking.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import vn.ttdn.identity.AuditTrail;
import vn.ttdn.tracking.Dashboard;

/**
 * Dashboards computed once per state of the data. The key holds the audit log's head (every change is audited, so a
 * new change makes a new key) and the day (overdue depends on it); old keys fall out of a small LRU map.
 */
@Component
class DashboardCache {

    private static final int CAPACITY = 500;

    record Key(String kind, long id, Integer year, boolean full, LocalDate day, long dataVersion) {
    }

    private final AuditTrail audit;
    private final Map<Key, Dashboard> entries = Collections.synchronizedMap(
            new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Key, Dashboard> eldest) {
                    return size() > CAPACITY;
                }
            });

    DashboardCache(AuditTrail audit) {
        this.audit = audit;
    }

    /** The dashboard for these arguments as of now, built only if the data changed since it was last built. */
    Dashboard get(String kind, long id, Integer year, boolean full, Supplier<Dashboard> build) {
        Key key = new Key(kind, id, year, full, LocalDate.now(), audit.lastChange());
        Dashboard cached = entries.get(key);
        if (cached != null) {
            return cached;
        }
        Dashboard built = build.get();
        entries.put(key, built);
        return built;
    }
}
