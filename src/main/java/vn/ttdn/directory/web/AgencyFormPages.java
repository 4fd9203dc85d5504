package vn.ttdn.directory.web;

import jakarta.validation.groups.Default;
import org.springframework.validation.annotation.Validated;
import vn.ttdn.common.Updating;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ttdn.common.ConflictException;
import vn.ttdn.common.ForbiddenException;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.directory.AgencyForm;
import vn.ttdn.directory.AgencyKind;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.ProvinceView;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.common.Forms;

/**
 * Adding and editing an agency. Errors come back beside their fields with everything typed kept; a concurrent
 * change is explained at the top with what the other person saved.
 */
@Controller
class AgencyFormPages {

    private static final String VIEW = "directory/agency-form";

    private final Directory directory;
    private final DirectoryOptions options;
    private final MessageSource messages;

    AgencyFormPages(Directory directory, DirectoryOptions options, MessageSource messages) {
        this.directory = directory;
        this.options = options;
        this.messages = messages;
    }

    @GetMapping("/agencies/new")
    String newForm(@RequestParam(required = false) Long provinceId, Model model) {
        List<ProvinceView> provinces = coordinatedOrRefuse();
        AgencyForm form = new AgencyForm();
        Long own = CurrentUser.get().provinceId();
        form.setProvinceId(provinceId != null ? provinceId
                : provinces.stream().map(ProvinceView::id).filter(id -> id.equals(own)).findFirst()
                .orElse(provinces.get(0).id()));
        return show(form, null, model);
    }

    @PostMapping("/agencies/new")
    String create(@Valid @ModelAttribute("form") AgencyForm form, BindingResult result, Model model,
                  Locale locale, RedirectAttributes redirect) {
        coordinatedOrRefuse();
        if (result.hasErrors()) {
            return show(form, null, model);
        }
        try {
            long id = directory.createAgency(form);
            redirect.addFlashAttribute("flash", messages.getMessage("agency.created",
                    new Object[]{form.getFullName()}, locale));
            return "redirect:/agencies/" + id;
        } catch (UserFacingException e) {
            Forms.reject(result, e);
            return show(form, null, model);
        } catch (vn.ttdn.common.ForbiddenException e) {
            Forms.refuse(result, e);
            return show(form, null, model);
        }
    }

    @GetMapping("/agencies/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        return show(directory.editForm(id), id, model);
    }

    @PostMapping("/agencies/{id:\\d+}/edit")
    String update(@PathVariable long id, @Validated({Default.class, Updating.class}) @ModelAttribute("form") AgencyForm form, BindingResult result,
                  Model model, Locale locale, RedirectAttributes redirect) {
        if (!directory.mayEdit(id)) {
            // Before anything is shown back: a refused form must not become a way to read the edit page.
            throw new ForbiddenException("agency.forbidden.edit");
        }
        if (result.hasErrors()) {
            return show(form, id, model);
        }
        try {
            directory.updateAgency(id, form);
            redirect.addFlashAttribute("flash", messages.getMessage("agency.updated",
                    new Object[]{form.getFullName()}, locale));
            return "redirect:/agencies/" + id;
        } catch (UserFacingException e) {
            Forms.reject(result, e);
        } catch (vn.ttdn.common.ForbiddenException e) {
            Forms.refuse(result, e);
        } catch (ConflictException | ObjectOptimisticLockingFailureException e) {
            explainConflict(id, form, e, model);
        }
        return show(form, id, model);
    }

    /** Tells the second writer what the first one saved; a second Save then knowingly overwrites it. */
    private void explainConflict(long id, AgencyForm form, RuntimeException e, Model model) {
        AgencyView current = directory.agency(id);
        model.addAttribute("conflict", e instanceof ConflictException c
                ? messages.getMessage(c, LocaleContextHolder.getLocale()) : null);
        model.addAttribute("changes", AgencyChanges.between(form, current));
        form.setVersion(current.version());
    }

    private String show(AgencyForm form, Long id, Model model) {
        List<ProvinceView> provinces = options.provincesCoordinated();
        boolean restructure = form.getProvinceId() != null && CurrentUser.get().coordinates(form.getProvinceId());
        model.addAttribute("form", form);
        model.addAttribute("agencyId", id);
        model.addAttribute("restructure", id == null || restructure);
        // Names steer intake's hand-over of tasks: only those who may change them see them as fields.
        model.addAttribute("editNames", id == null || directory.mayEditNames(id));
        model.addAttribute("provinces", provinces);
        model.addAttribute("parents", options.activeAgenciesByProvince(provinces));
        model.addAttribute("kinds", AgencyKind.values());
        if (id != null) {
            model.addAttribute("agency", directory.agency(id));
        }
        return VIEW;
    }

    private List<ProvinceView> coordinatedOrRefuse() {
        List<ProvinceView> provinces = options.provincesCoordinated();
        if (provinces.isEmpty()) {
            throw new ForbiddenException("agency.forbidden.create");
        }
        return provinces;
    }
}
