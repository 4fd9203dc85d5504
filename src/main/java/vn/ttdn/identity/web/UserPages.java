package vn.ttdn.identity.web;

import jakarta.validation.groups.Default;
import org.springframework.validation.annotation.Validated;
import vn.ttdn.common.Updating;
import vn.ttdn.common.Exports;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ttdn.common.ConflictException;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.identity.UserAccounts;
import vn.ttdn.identity.UserForm;
import vn.ttdn.identity.UserView;

/** The administrator's user list, with adding and editing a user. Every change is checked and audited below. */
@Controller
class UserPages {

    private final UserAccounts users;
    private final UserOptions options;
    private final MessageSource messages;

    UserPages(UserAccounts users, UserOptions options, MessageSource messages) {
        this.users = users;
        this.options = options;
        this.messages = messages;
    }

    /** The list's parameters, bound from the query string. */
    record UserListParams(String q, String sort, String dir, Integer page, Integer size) {
        ListQuery query() {
            return ListQuery.of(q, sort, dir, page, size);
        }
    }

    @GetMapping("/admin/users")
    String list(@ModelAttribute UserListParams params, Model model) {
        var result = users.list(params.query());
        model.addAttribute("result", result);
        model.addAttribute("agencies", options.agenciesOf(result.items()));
        model.addAttribute("q", params.q());
        return "identity/users";
    }

    @GetMapping("/admin/users/export")
    void export(@ModelAttribute UserListParams params, Locale locale, HttpServletResponse response)
            throws IOException {
        List<String> headers = List.of("user.username", "user.fullName", "user.email", "user.agency", "user.province",
                "user.roles", "user.status", "user.createdAt").stream()
                .map(k -> messages.getMessage(k, null, locale)).toList();
        List<UserView> list = users.list(params.query().forExport()).items();
        var agencies = options.agenciesOf(list);
        List<List<Object>> rows = new ArrayList<>();
        for (UserView u : list) {
            var agency = u.agencyId() == null ? null : agencies.get(u.agencyId());
            rows.add(Arrays.asList(u.username(), u.fullName(), u.email(), u.agencyName(),
                    agency == null ? null : agency.provinceName(),
                    u.roles().stream().map(r -> messages.getMessage("role." + r, null, locale))
                            .collect(Collectors.joining(", ")),
                    messages.getMessage(status(u), null, locale), u.createdAt()));
        }
        Exports.xlsx(response, messages.getMessage("user.export.name", null, locale), headers, rows);
    }

    @GetMapping("/admin/users/new")
    String newForm(Model model) {
        return show(new UserForm(), null, model);
    }

    @PostMapping("/admin/users/new")
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model, Locale locale,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                users.create(form);
                return done(redirect, "user.created", form.getUsername(), locale);
            } catch (UserFacingException e) {
                Refusals.reject(result, e);
            }
        }
        return show(form, null, model);
    }

    @GetMapping("/admin/users/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        return show(UserOptions.formOf(users.get(id)), id, model);
    }

    @PostMapping("/admin/users/{id:\\d+}/edit")
    String update(@PathVariable long id, @Validated({Default.class, Updating.class}) @ModelAttribute("form") UserForm form, BindingResult result,
                  Model model, Locale locale, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                users.update(id, form);
                return done(redirect, "user.updated", form.getUsername(), locale);
            } catch (UserFacingException e) {
                Refusals.reject(result, e);
            } catch (ConflictException | ObjectOptimisticLockingFailureException e) {
                UserView saved = users.get(id);
                model.addAttribute("conflict", messages.getMessage("user.conflict", null, locale));
                model.addAttribute("saved", saved);
                form.setVersion(saved.version());
            }
        }
        return show(form, id, model);
    }

    private String done(RedirectAttributes redirect, String key, String username, Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(key, new Object[]{username}, locale));
        return "redirect:/admin/users";
    }

    private String show(UserForm form, Long id, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("userId", id);
        model.addAttribute("agencies", options.agenciesByProvince(form.getAgencyId()));
        model.addAttribute("roles", options.roles());
        return "identity/user-form";
    }

    static String status(UserView u) {
        return !u.enabled() ? "user.status.disabled" : "user.status.active";
    }
}
