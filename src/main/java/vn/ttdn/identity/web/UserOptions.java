package vn.ttdn.identity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ttdn.identity.AgencyLookup;
import vn.ttdn.identity.AgencyLookup.AgencyRef;
import vn.ttdn.identity.Role;
import vn.ttdn.identity.UserForm;
import vn.ttdn.identity.UserView;

/** What the user form offers: agencies by province, the roles; and a user as that form shows her. */
@Component
class UserOptions {

    private final AgencyLookup agencies;

    UserOptions(AgencyLookup agencies) {
        this.agencies = agencies;
    }

    /** Working agencies by province, plus the user's own agency should it have stopped working. */
    Map<String, List<AgencyRef>> agenciesByProvince(Long currentAgencyId) {
        Map<String, List<AgencyRef>> byProvince = new LinkedHashMap<>();
        List<AgencyRef> all = new ArrayList<>(agencies.activeAgencies(null));
        if (currentAgencyId != null && all.stream().noneMatch(a -> a.id() == currentAgencyId)) {
            agencies.find(currentAgencyId).ifPresent(all::add);
        }
        for (AgencyRef a : all) {
            byProvince.computeIfAbsent(a.provinceName(), k -> new ArrayList<>()).add(a);
        }
        return byProvince;
    }

    /** The agencies of these users with their provinces, by agency id: the list names both. */
    Map<Long, AgencyRef> agenciesOf(List<UserView> users) {
        Map<Long, AgencyRef> byId = new java.util.HashMap<>();
        for (UserView u : users) {
            if (u.agencyId() != null && !byId.containsKey(u.agencyId())) {
                agencies.find(u.agencyId()).ifPresent(a -> byId.put(a.id(), a));
            }
        }
        return byId;
    }

    Role[] roles() {
        return Role.values();
    }

    static UserForm formOf(UserView user) {
        UserForm form = new UserForm();
        form.setUsername(user.username());
        form.setFullName(user.fullName());
        form.setEmail(user.email());
        form.setAgencyId(user.agencyId());
        form.setRoles(user.roles().isEmpty() ? java.util.EnumSet.noneOf(Role.class)
                : java.util.EnumSet.copyOf(user.roles()));
        form.setEnabled(user.enabled());
        form.setVersion(user.version());
        return form;
    }
}
