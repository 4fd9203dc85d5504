package vn.ttdn.identity.internal;

import java.util.EnumSet;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.ttdn.common.events.AgencySucceeded;
import vn.ttdn.identity.AgencyLookup;
import vn.ttdn.identity.AuditTrail;
import vn.ttdn.identity.UserChanged;

/**
 * After a merger, renaming or split, the people of the old agency work for its successor: the only one, or the
 * first listed when it was split (a district's officers go to the first commune named). Nobody moves when only a
 * group took over. Runs after the reorganisation committed, like planning's move of the open tasks.
 */
@Component
class SuccessorAgencyPeople {

    private final UserAccountRepository users;
    private final AgencyLookup agencies;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;

    SuccessorAgencyPeople(UserAccountRepository users, AgencyLookup agencies, AuditTrail audit,
                          ApplicationEventPublisher events) {
        this.users = users;
        this.agencies = agencies;
        this.audit = audit;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(AgencySucceeded event) {
        if (event.successorIds().isEmpty()) {
            return;
        }
        long successor = event.successorIds().get(0);
        Long provinceId = agencies.find(successor).map(AgencyLookup.AgencyRef::provinceId).orElse(null);
        for (UserAccount u : users.findByAgencyId(event.predecessorId())) {
            Map<String, Object> before = u.snapshot();
            u.agencyId = successor;
            u.provinceId = provinceId;
            audit.record("MOVE", "User", u.id, u.provinceId, "Chuyển người dùng sang đơn vị kế thừa",
                    before, u.snapshot());
            events.publishEvent(new UserChanged(u.id, u.provinceId, EnumSet.of(UserChanged.Change.AGENCY_MOVED)));
        }
    }
}
