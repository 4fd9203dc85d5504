package vn.ttdn.identity;

import java.util.Map;

/** Records every change: who, when, what, before and after. Called inside the changing transaction. */
public interface AuditTrail {

    void record(String action, String entityType, Long entityId, Long provinceId, String summary,
                Map<String, ?> before, Map<String, ?> after);

    /**
     * A number that grows with every recorded change: since every change is audited, it tells a cache whether
     * anything it was built from may have changed. It is read from memory, cheap enough to ask on every request;
     * it grows when the change commits (changes by another process: within a second).
     */
    long lastChange();
}
