package vn.ttdn.intake.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.ProvinceView;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.intake.DocumentReadException;
import vn.ttdn.intake.IntakeReview;
import vn.ttdn.intake.PlanIntake;
import vn.ttdn.planning.PlanKind;
import vn.ttdn.common.Forms;

/** Plan intake pages: upload, review beside the source text, map names, correct the header, confirm. */
@Controller
class IntakePages {

    private final PlanIntake intake;
    private final Directory directory;
    private final MessageSource messages;

    IntakePages(PlanIntake intake, Directory directory, MessageSource messages) {
        this.intake = intake;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/intake")
    String list(Model model) {
        return listPage(model, null);
    }

    @PostMapping("/intake")
    String upload(@RequestParam(required = false) MultipartFile file, @RequestParam(required = false) Long provinceId,
                  Model model, HttpServletResponse response, RedirectAttributes redirect, Locale locale)
            throws IOException {
        Long province = provinceId != null ? provinceId : CurrentUser.get().provinceId();
        if (file == null || file.isEmpty() || province == null) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return listPage(model, messages.getMessage(file == null || file.isEmpty() ? "intake.error.fileMissing"
                    : "intake.error.provinceRequired", null, locale));
        }
        try {
            long id = intake.upload(province, file.getOriginalFilename(), file.getBytes());
            redirect.addFlashAttribute("flash", messages.getMessage("intake.flash.read", null, locale));
            return "redirect:/intake/" + id;
        } catch (DocumentReadException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return listPage(model, messages.getMessage(e, locale));
        }
    }

    @GetMapping("/intake/{id}")
    String review(@PathVariable long id, Model model) {
        IntakeReview review = intake.review(id);
        return reviewPage(model, review, HeaderForm.of(review.header(), review.version()));
    }

    @PostMapping("/intake/{id}/header")
    String editHeader(@PathVariable long id, @ModelAttribute("form") HeaderForm form, BindingResult result,
                      Model model, RedirectAttributes redirect, Locale locale) {
        if (!result.hasErrors()) {
            try {
                intake.editHeader(id, form.header(), form.getVersion());
                redirect.addFlashAttribute("flash", messages.getMessage("intake.flash.headerSaved", null, locale));
                return "redirect:/intake/" + id;
            } catch (UserFacingException e) {
                Forms.reject(result, e);
            }
        }
        return reviewPage(model, intake.review(id), form);
    }

    @PostMapping("/intake/{id}/names")
    String mapName(@PathVariable long id, @RequestParam String printed, @RequestParam(required = false) String target,
                   RedirectAttributes redirect, Locale locale) {
        try {
            intake.mapName(id, printed, target);
            redirect.addFlashAttribute("flash", messages.getMessage("intake.flash.nameMapped", new Object[] {printed},
                    locale));
        } catch (UserFacingException e) {
            redirect.addFlashAttribute("nameError", messages.getMessage(e, locale));
        }
        return "redirect:/intake/" + id + "#names";
    }

    @PostMapping("/intake/{id}/confirm")
    String confirm(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        long planId = intake.confirm(id);
        redirect.addFlashAttribute("flash", messages.getMessage("intake.flash.confirmed", null, locale));
        return "redirect:/plans/" + planId;
    }

    @PostMapping("/intake/{id}/discard")
    String discard(@PathVariable long id, RedirectAttributes redirect, Locale locale) {
        intake.discard(id);
        redirect.addFlashAttribute("flash", messages.getMessage("intake.flash.discarded", null, locale));
        return "redirect:/intake";
    }

    private String listPage(Model model, String error) {
        CurrentUser user = CurrentUser.get();
        List<ProvinceView> provinces = user.isAdmin() ? directory.provinces()
                : user.provinceId() == null ? List.of() : List.of(directory.province(user.provinceId()));
        model.addAttribute("drafts", intake.drafts());
        model.addAttribute("provinces", provinces);
        model.addAttribute("selectedProvince", user.provinceId());
        model.addAttribute("uploadError", error);
        return "intake/intake";
    }

    private String reviewPage(Model model, IntakeReview review, HeaderForm form) {
        model.addAttribute("page", ReviewPage.of(review, directory));
        model.addAttribute("review", review);
        model.addAttribute("form", form);
        model.addAttribute("kinds", PlanKind.values());
        return "intake/review";
    }
}
