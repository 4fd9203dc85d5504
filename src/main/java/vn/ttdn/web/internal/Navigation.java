package vn.ttdn.web.internal;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.identity.Role;
import vn.ttdn.identity.TtdnPrincipal;

/**
 * What the navigation bar shows the reader: decided once per page in Java, where five {@code sec:authorize}
 * expressions cost every page as much as its list of tasks' queries. The layout asks the bean
 * {@code @navigationBar} (error pages have no model attributes of the controllers' advice).
 */
record Navigation(boolean signedIn, String fullName, boolean agencyWork, boolean administration, boolean admin) {

    static final Navigation SIGNED_OUT = new Navigation(false, null, false, false, false);

    @org.springframework.stereotype.Component("navigationBar")
    static class Bar {
        public Navigation current() {
            return ofCurrentReader();
        }
    }

    static Navigation ofCurrentReader() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof TtdnPrincipal principal)) {
            return SIGNED_OUT;
        }
        CurrentUser user = principal.user();
        return new Navigation(true, user.fullName(),
                user.has(Role.AGENCY_OFFICER) || user.has(Role.AGENCY_LEADER),
                user.has(Role.ADMIN) || user.has(Role.COORDINATOR), user.has(Role.ADMIN));
    }
}
