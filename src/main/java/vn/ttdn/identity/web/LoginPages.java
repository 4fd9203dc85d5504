package vn.ttdn.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ttdn.identity.SignInThrottle;

@Controller
class LoginPages {

    private final SignInThrottle throttle;

    LoginPages(SignInThrottle throttle) {
        this.throttle = throttle;
    }

    /** While her address must wait, the page says so in place of the failure message, right password or not. */
    @GetMapping("/login")
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("throttled", throttle.throttled(request.getRemoteAddr()));
        return "identity/login";
    }
}
