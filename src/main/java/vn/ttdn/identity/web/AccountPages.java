package vn.ttdn.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.identity.UserAccounts;

/** A user's own account: changing her password. */
@Controller
class AccountPages {

    private final UserAccounts users;
    private final MessageSource messages;

    AccountPages(UserAccounts users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String form() {
        return "identity/password";
    }

    @PostMapping("/account/password")
    String change(@RequestParam String currentPassword, @RequestParam String newPassword,
                  @RequestParam String confirmPassword, Model model, RedirectAttributes redirect,
                  HttpServletRequest request, HttpServletResponse response, Locale locale) {
        try {
            if (!newPassword.equals(confirmPassword)) {
                throw new UserFacingException("confirmPassword", "user.password.mismatch");
            }
            users.changeOwnPassword(currentPassword, newPassword);
            // The service put the principal with the new password in place; keep it for the next requests.
            new HttpSessionSecurityContextRepository().saveContext(SecurityContextHolder.getContext(), request,
                    response);
        } catch (UserFacingException e) {
            model.addAttribute("errorField", e.field());
            model.addAttribute("error", Refusals.message(e, messages, locale));
            return "identity/password";
        }
        redirect.addFlashAttribute("flash", messages.getMessage("account.passwordChanged", null, locale));
        return "redirect:/";
    }
}
