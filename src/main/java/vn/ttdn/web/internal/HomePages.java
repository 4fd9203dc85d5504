package vn.ttdn.web.internal;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.identity.Role;

/** The first page after sign-in: an agency's people see their work, everyone else the overview. */
@Controller
class HomePages {

    @GetMapping("/")
    String home() {
        CurrentUser user = CurrentUser.get();
        boolean agencyWorker = user.has(Role.AGENCY_OFFICER) || user.has(Role.AGENCY_LEADER);
        if (agencyWorker && !user.has(Role.COORDINATOR) && !user.has(Role.VIEWER)) {
            return "redirect:/my-tasks";
        }
        return "redirect:/dashboard";
    }
}
