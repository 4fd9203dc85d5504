package vn.ttdn.identity.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.identity.UserAccounts;

/** An administrator sets a new password for a user (who must change it at her next sign-in); it also unlocks her. */
@Controller
class UserPasswordPages {

    private static final String VIEW = "identity/user-password";

    private final UserAccounts users;
    private final MessageSource messages;

    UserPasswordPages(UserAccounts users, MessageSource messages) {
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/admin/users/{id:\\d+}/password")
    String form(@PathVariable long id, Model model) {
        model.addAttribute("user", users.get(id));
        model.addAttribute("form", new PasswordResetForm());
        return VIEW;
    }

    @PostMapping("/admin/users/{id:\\d+}/password")
    String reset(@PathVariable long id, @Valid @ModelAttribute("form") PasswordResetForm form, BindingResult result,
                 Model model, Locale locale, RedirectAttributes redirect) {
        model.addAttribute("user", users.get(id));
        if (!result.hasErrors() && !form.getPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "user.password.mismatch");
        }
        if (result.hasErrors()) {
            return VIEW;
        }
        try {
            users.resetPassword(id, form.getPassword());
        } catch (UserFacingException e) {
            Refusals.reject(result, e);
            return VIEW;
        }
        redirect.addFlashAttribute("flash", messages.getMessage("user.passwordReset",
                new Object[]{users.get(id).username()}, locale));
        return "redirect:/admin/users";
    }
}
