package vn.ttdn.identity;

import java.util.Map;

/**
 * Records every change: who, when, what, before and after. Called inside the changing transaction. (Caches learn of
 * changes from {@link vn.ttdn.changes.DataChanges}, not from here.)
 */
public interface AuditTrail {

    void record(String action, String entityType, Long entityId, Long provinceId, String summary,
                Map<String, ?> before, Map<String, ?> after);
}
