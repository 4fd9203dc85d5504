package vn.ttdn.identity.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.ttdn.changes.ProvinceData;

/** One line of the audit log. Written once, never changed. */
@Entity
@Table(name = "audit_log")
class AuditEntry implements ProvinceData {
    @Override
    public Long provinceId() {
        return provinceId;
    }

    /** Sign-ins are written to the audit log but change no data that a page shows. */
    @Override
    public boolean changesData() {
        return !"Login".equals(entityType);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    OffsetDateTime at = OffsetDateTime.now();
    String username;
    Long provinceId;
    String action;
    String entityType;
    Long entityId;
    String summary;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "before_state")
    String before;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "after_state")
    String after;
    String searchText = "";

    public Long getId() { return id; }
    public OffsetDateTime getAt() { return at; }
    public String getUsername() { return username; }
    public String getAction() { return action; }
    public String getEntityType() { return entityType; }
    public Long getEntityId() { return entityId; }
    public String getSummary() { return summary; }
    public String getBefore() { return before; }
    public String getAfter() { return after; }
}
