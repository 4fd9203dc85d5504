package vn.ttdn.directory.web;

import jakarta.validation.Valid;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.directory.Reorganisations;
import vn.ttdn.directory.ReorganisationHistory;
import vn.ttdn.common.Forms;

/** The administrator's page for mergers and renamings, with the history of those already made. */
@Controller
class ReorganisationPages {

    private static final String VIEW = "directory/reorganisations";
    private static final String HOME = "redirect:/admin/reorganisations";

    private final Reorganisations reorganisations;
    private final ReorganisationHistory history;
    private final DirectoryOptions options;
    private final MessageSource messages;

    ReorganisationPages(Reorganisations reorganisations, ReorganisationHistory history, DirectoryOptions options,
                        MessageSource messages) {
        this.reorganisations = reorganisations;
        this.history = history;
        this.options = options;
        this.messages = messages;
    }

    @GetMapping("/admin/reorganisations")
    String page(@RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("history", history.history(ListQuery.of(null, sort, dir, page, 25)));
        model.addAttribute("agencies", options.activeAgenciesByProvince(options.activeProvinces()));
        model.addAttribute("provinces", options.activeProvinces());
        addMissing(model, "mergeForm", new MergeRequest());
        addMissing(model, "renameForm", new RenameRequest());
        addMissing(model, "provinceForm", new ProvinceMergeRequest());
        return VIEW;
    }

    @PostMapping("/admin/reorganisations/merge")
    String merge(@Valid @ModelAttribute("mergeForm") MergeRequest form, BindingResult result, Model model,
                 Locale locale, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                reorganisations.mergeAgencies(form.getPredecessorIds(), form.getSuccessorId(), form.getEffectiveOn(),
                        form.getNote());
                return done(redirect, "reorg.merged", locale);
            } catch (UserFacingException e) {
                Forms.reject(result, e);
            }
        }
        return page(null, null, null, model);
    }

    @PostMapping("/admin/reorganisations/rename")
    String rename(@Valid @ModelAttribute("renameForm") RenameRequest form, BindingResult result, Model model,
                  Locale locale, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                reorganisations.renameAgency(form.getAgencyId(), form.getFullName(), form.getShortName(),
                        form.getEffectiveOn(), form.getNote());
                return done(redirect, "reorg.renamed", locale);
            } catch (UserFacingException e) {
                Forms.reject(result, e);
            }
        }
        return page(null, null, null, model);
    }

    @PostMapping("/admin/reorganisations/provinces")
    String mergeProvinces(@Valid @ModelAttribute("provinceForm") ProvinceMergeRequest form, BindingResult result,
                          Model model, Locale locale, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                reorganisations.mergeProvinces(form.getPredecessorId(), form.getSuccessorId(), form.getEffectiveOn());
                return done(redirect, "reorg.provincesMerged", locale);
            } catch (UserFacingException e) {
                Forms.reject(result, e);
            }
        }
        return page(null, null, null, model);
    }

    private String done(RedirectAttributes redirect, String key, Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(key, null, locale));
        return HOME;
    }

    private static void addMissing(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
