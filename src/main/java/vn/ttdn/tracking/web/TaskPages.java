package vn.ttdn.tracking.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import vn.ttdn.planning.Plans;
import vn.ttdn.planning.Tasks;
import vn.ttdn.planning.TaskStatus;
import vn.ttdn.planning.TaskView;
import vn.ttdn.tracking.CommentView;
import vn.ttdn.tracking.UpdateView;
import vn.ttdn.tracking.Tracking;
import vn.ttdn.tracking.UpdateForm;
import vn.ttdn.tracking.UploadedFile;
import vn.ttdn.common.Forms;

/** A task's page: what it is, who does it, its progress updates with evidence, and comments. */
@Controller
class TaskPages {

    private final Plans plans;
    private final Tasks tasks;
    private final Tracking tracking;
    private final MessageSource messages;


    TaskPages(Plans plans, Tasks tasks, Tracking tracking, MessageSource messages) {
        this.messages = messages;
        this.plans = plans;
        this.tasks = tasks;
        this.tracking = tracking;
    }

    @GetMapping("/tasks/{id}")
    String show(@PathVariable long id, Model model) {
        TaskView task = tasks.task(id);
        UpdateForm form = new UpdateForm();
        form.setPercent(task.percent());
        form.setStatus(task.status() == TaskStatus.NOT_STARTED ? TaskStatus.IN_PROGRESS : task.status());
        return page(model, task, form);
    }

    @PostMapping("/tasks/{id}/updates")
    String postUpdate(@PathVariable long id, @Valid @ModelAttribute("form") UpdateForm form, BindingResult result,
                      @RequestParam(name = "files", required = false) List<MultipartFile> files, Model model,
                      RedirectAttributes redirect, Locale locale) throws IOException {
        TaskView task = tasks.task(id);
        if (result.hasErrors()) {
            return page(model, task, form);
        }
        try {
            tracking.postUpdate(id, form, uploaded(files));
        } catch (UserFacingException e) {
            Forms.reject(result, e);
            if ("files".equals(e.field())) {
                model.addAttribute("filesError", messages.getMessage(e, locale));
            }
            return page(model, task, form);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("update.posted", null, locale));
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String body, Model model,
                   RedirectAttributes redirect, Locale locale) {
        try {
            tracking.comment(id, body);
        } catch (UserFacingException e) {
            redirect.addFlashAttribute("commentError", messages.getMessage(e, locale));
            redirect.addFlashAttribute("commentBody", body);
        }
        return "redirect:/tasks/" + id + "#comments";
    }

    @GetMapping("/evidence/{id}")
    void evidence(@PathVariable long id, HttpServletResponse response) throws IOException {
        tracking.evidence(id).send(response);
    }

    private String page(Model model, TaskView task, UpdateForm form) {
        model.addAttribute("task", task);
        model.addAttribute("form", form);
        boolean follows = tracking.canFollow(task.id());
        model.addAttribute("follows", follows);
        List<UpdateView> updates = follows ? tracking.updates(task.id()) : List.of();
        List<CommentView> comments = follows ? tracking.comments(task.id()) : List.of();
        model.addAttribute("updates", updates);
        model.addAttribute("comments", comments);
        model.addAttribute("canReport", tracking.canReport(task.id()));
        model.addAttribute("rights", plans.rights(task.planId()));
        model.addAttribute("statuses", TaskStatus.values());
        return "tracking/task";
    }

    static List<UploadedFile> uploaded(List<MultipartFile> files) throws IOException {
        List<UploadedFile> result = new ArrayList<>();
        if (files != null) {
            for (MultipartFile f : files) {
                if (!f.isEmpty()) {
                    result.add(new UploadedFile(f.getOriginalFilename(), f.getBytes()));
                }
            }
        }
        return result;
    }
}
