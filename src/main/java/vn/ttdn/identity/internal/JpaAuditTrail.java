package vn.ttdn.identity.internal;

import jakarta.persistence.EntityManager;
import java.util.Map;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.ttdn.common.TextFolding;
import vn.ttdn.identity.AuditTrail;

@Component
class JpaAuditTrail implements AuditTrail {

    private static final JsonMapper JSON = JsonMapper.builder().findAndAddModules().build();
    private final EntityManager em;
    JpaAuditTrail(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, Long entityId, Long provinceId, String summary,
                       Map<String, ?> before, Map<String, ?> after) {
        recordAs(actor(), action, entityType, entityId, provinceId, summary, before, after);
    }

    /** For sign-in, where nobody is signed in yet: the entry names the account the attempt was made on. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAs(String username, String action, String entityType, Long entityId, Long provinceId,
                         String summary, Map<String, ?> before, Map<String, ?> after) {
        AuditEntry entry = new AuditEntry();
        entry.username = username == null ? null : username.substring(0, Math.min(100, username.length()));
        entry.action = action;
        entry.entityType = entityType;
        entry.entityId = entityId;
        entry.provinceId = provinceId;
        entry.summary = summary == null ? null : summary.substring(0, Math.min(500, summary.length()));
        entry.before = before == null ? null : JSON.writeValueAsString(before);
        entry.after = after == null ? null : JSON.writeValueAsString(after);
        entry.searchText = TextFolding.foldAll(entry.username, action, entityType, summary);
        em.persist(entry);
    }

    private static String actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }
}
