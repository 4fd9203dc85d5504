package vn.ttdn.planning.web;

import jakarta.validation.groups.Default;
import org.springframework.validation.annotation.Validated;
import vn.ttdn.common.Updating;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.ttdn.common.ConflictException;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.directory.Directory;
import vn.ttdn.planning.AssignmentView;
import vn.ttdn.planning.PlanView;
import vn.ttdn.planning.Plans;
import vn.ttdn.planning.Tasks;
import vn.ttdn.planning.PlanningLabels;
import vn.ttdn.planning.TaskForm;
import vn.ttdn.planning.TaskView;
import vn.ttdn.planning.Timeframe;
import vn.ttdn.common.Forms;

/** Adding and editing a plan's tasks. The task's own page, with its progress, belongs to tracking. */
@Controller
class TaskFormPages {

    private final Plans plans;
    private final Tasks tasks;
    private final Directory directory;
    private final PlanningLabels labels;

    TaskFormPages(Plans plans, Tasks tasks, Directory directory, PlanningLabels labels) {
        this.labels = labels;
        this.plans = plans;
        this.tasks = tasks;
        this.directory = directory;
    }

    @GetMapping("/plans/{planId}/tasks/new")
    String newTask(@PathVariable long planId, Model model) {
        PlanView plan = plans.plan(planId);
        PlanPages.requireEdit(plans, planId);
        TaskForm form = new TaskForm();
        form.setTimeframeKind(Timeframe.Kind.WITHIN_YEAR);
        return form(model, form, plan, null);
    }

    @PostMapping("/plans/{planId}/tasks/new")
    String create(@PathVariable long planId, @Valid @ModelAttribute("form") TaskForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        PlanView plan = plans.plan(planId);
        if (result.hasErrors()) {
            return form(model, form, plan, null);
        }
        try {
            long id = tasks.createTask(planId, form);
            redirect.addFlashAttribute("flash", labels.message("task.added"));
            return "redirect:/tasks/" + id;
        } catch (UserFacingException e) {
            Forms.reject(result, e);
            return form(model, form, plan, null);
        } catch (vn.ttdn.common.ForbiddenException e) {
            Forms.refuse(result, e);
            return form(model, form, plan, null);
        }
    }

    @GetMapping("/tasks/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        TaskView task = tasks.task(id);
        PlanPages.requireEdit(plans, task.planId());
        return form(model, formOf(task), plans.plan(task.planId()), task);
    }

    @PostMapping("/tasks/{id}/edit")
    String update(@PathVariable long id, @Validated({Default.class, Updating.class}) @ModelAttribute("form") TaskForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        TaskView task = tasks.task(id);
        PlanView plan = plans.plan(task.planId());
        if (result.hasErrors()) {
            return form(model, form, plan, task);
        }
        try {
            tasks.updateTask(id, form);
        } catch (UserFacingException e) {
            Forms.reject(result, e);
            return form(model, form, plan, task);
        } catch (vn.ttdn.common.ForbiddenException e) {
            Forms.refuse(result, e);
            return form(model, form, plan, task);
        } catch (ConflictException e) {
            // The user's text stays in the form; the current version is shown beside it to compare.
            // Saving again after seeing it is her decision to replace it: the form now carries its version.
            result.reject("conflict", labels.message(e));
            model.addAttribute("current", task);
            form.setVersion(task.version());
            return form(model, form, plan, task);
        }
        redirect.addFlashAttribute("flash", labels.message("task.saved"));
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/archive")
    String archive(@PathVariable long id, RedirectAttributes redirect) {
        long planId = tasks.task(id).planId();
        tasks.archiveTask(id);
        redirect.addFlashAttribute("flash", labels.message("task.archived"));
        return "redirect:/plans/" + planId;
    }

    private String form(Model model, TaskForm form, PlanView plan, TaskView task) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("task", task);
        model.addAttribute("agencies", directory.agencies(plan.provinceId(), true));
        model.addAttribute("groups", directory.groups(plan.provinceId()));
        model.addAttribute("timeframeKinds", Timeframe.Kind.values());
        return "planning/task-form";
    }

    static TaskForm formOf(TaskView task) {
        TaskForm form = new TaskForm();
        form.setSectionId(task.sectionId());
        form.setRef(task.ref());
        form.setContent(task.content());
        form.setLead(references(task.lead()));
        form.setCoordinating(references(task.coordinating()));
        form.setTimeframeKind(task.timeframe().kind());
        form.setTimeframeText(task.timeframe().text());
        form.setStartDate(task.timeframe().start());
        form.setDueDate(task.timeframe().end());
        form.setExpectedOutput(task.expectedOutput());
        form.setBudgetEstimate(task.budgetEstimate());
        form.setVersion(task.version());
        return form;
    }

    private static List<String> references(List<AssignmentView> assignments) {
        List<String> refs = new ArrayList<>();
        for (AssignmentView a : assignments) {
            if (a.agencyId() != null) {
                refs.add("A:" + a.agencyId());
            } else if (a.groupId() != null) {
                refs.add("G:" + a.groupId());
            }
        }
        return refs;
    }
}
