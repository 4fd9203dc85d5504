package vn.ttdn.planning.web;

import jakarta.validation.groups.Default;
import org.springframework.validation.annotation.Validated;
import vn.ttdn.common.Updating;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.planning.PlanForm;
import vn.ttdn.planning.PlanKind;
import vn.ttdn.planning.PlanStatus;
import vn.ttdn.planning.PlanSummary;
import vn.ttdn.planning.PlanView;
import vn.ttdn.planning.Plans;
import vn.ttdn.planning.Tasks;
import vn.ttdn.planning.PlanningLabels;
import vn.ttdn.planning.TaskFilter;
import vn.ttdn.common.Exports;
import vn.ttdn.common.Forms;

/** Plans: the list, a plan's page, creating and editing, issuing, copying to another year. */
@Controller
class PlanPages {

    private static final String SECTION_ORDER = "section";
    private static final List<String> EXPORT_HEADERS = List.of("plan.province", "plan.kind", "plan.number",
            "plan.title", "plan.year", "plan.issuedOn", "plan.status", "plans.export.tasks", "plans.export.done",
            "plans.export.overdue", "plans.export.note");

    private final Plans plans;
    private final Tasks tasks;
    private final Directory directory;
    private final PlanningLabels labels;

    PlanPages(Plans plans, Tasks tasks, Directory directory, PlanningLabels labels) {
        this.plans = plans;
        this.tasks = tasks;
        this.directory = directory;
        this.labels = labels;
    }

    /** The plan list's parameters, bound from the query string. */
    record PlanListParams(Integer year, PlanStatus status, Long provinceId, String q, String sort, String dir,
                          Integer page) {
        ListQuery query() {
            return ListQuery.of(q, sort, dir, page, 25);
        }
    }

    /** A plan's task list: searched, sorted and paged, from the query string. */
    record PlanTaskParams(String q, String sort, String dir, Integer page) {
    }

    @GetMapping("/plans")
    String list(@ModelAttribute PlanListParams params, Model model) {
        model.addAttribute("plans", plans.plans(params.provinceId(), params.year(), params.status(),
                params.query()));
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("provinces", directory.provinces());
        model.addAttribute("mayCreatePlan", !plans.provincesForNewPlans().isEmpty());
        return "planning/plans";
    }

    @GetMapping("/plans/export")
    void export(@ModelAttribute PlanListParams params, HttpServletResponse response) throws IOException {
        PageResult<PlanSummary> plans = this.plans.plans(params.provinceId(), params.year(), params.status(),
                params.query().forExport());
        List<List<Object>> rows = new ArrayList<>();
        String sample = labels.message("common.sample");
        for (PlanSummary p : plans.items()) {
            rows.add(List.of(p.provinceName(), labels.planKind(p.kind()), nz(p.number()), p.title(), p.year(),
                    p.issuedOn() == null ? "" : p.issuedOn(), labels.planStatus(p.status()), p.taskCount(),
                    p.doneCount(), p.overdueCount(), p.sample() ? sample : ""));
        }
        Exports.xlsx(response, labels.message("plans.export.name"), EXPORT_HEADERS.stream().map(labels::message)
                .toList(), rows);
    }

    @GetMapping("/plans/{id}")
    String show(@PathVariable long id, @ModelAttribute PlanTaskParams params, Model model) {
        PlanView plan = plans.plan(id);
        // Unless the reader sorts by a column, the tasks stand under their sections as the plan prints them.
        boolean grouped = params.sort() == null && !plan.sections().isEmpty();
        model.addAttribute("plan", plan);
        model.addAttribute("grouped", grouped);
        model.addAttribute("tasks", tasks.tasks(TaskFilter.ofPlan(id),
                ListQuery.of(params.q(), grouped ? SECTION_ORDER : params.sort(), params.dir(), params.page(), 50)));
        model.addAttribute("implementing", plans.plansImplementing(id));
        model.addAttribute("rights", plans.rights(id));
        model.addAttribute("reopenForm", new ReopenForm());
        model.addAttribute("mayCreatePlan", !plans.provincesForNewPlans().isEmpty());
        return "planning/plan";
    }

    /** Every task of the plan on one page made for paper: full texts under their sections, who printed it when. */
    @GetMapping("/plans/{id}/print")
    String print(@PathVariable long id, Model model) {
        PlanView plan = plans.plan(id);
        model.addAttribute("plan", plan);
        model.addAttribute("grouped", !plan.sections().isEmpty());
        model.addAttribute("tasks", tasks.tasks(TaskFilter.ofPlan(id),
                ListQuery.of(null, SECTION_ORDER, null, 0, 1).forExport()).items());
        return "planning/plan-print";
    }

    @GetMapping("/plans/new")
    String newPlan(@RequestParam(required = false) Long parentPlanId, Model model) {
        CurrentUser user = CurrentUser.get();
        if (plans.provincesForNewPlans().isEmpty()) {
            throw new ForbiddenException("plan.forbidden.create");
        }
        PlanForm form = new PlanForm();
        form.setProvinceId(user.provinceId());
        form.setYear(java.time.LocalDate.now().getYear());
        form.setParentPlanId(parentPlanId);
        if (!user.coordinates(user.provinceId() == null ? -1 : user.provinceId())) {
            form.setOwnerAgencyId(user.agencyId());
        }
        return form(model, form, null);
    }

    @PostMapping("/plans/new")
    String create(@Valid @ModelAttribute("form") PlanForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model, form, null);
        }
        try {
            long id = plans.createPlan(form);
            redirect.addFlashAttribute("flash", labels.message("plan.created"));
            return "redirect:/plans/" + id;
        } catch (UserFacingException e) {
            Forms.reject(result, e);
            return form(model, form, null);
        } catch (ForbiddenException e) {
            Forms.refuse(result, e);
            return form(model, form, null);
        }
    }

    @GetMapping("/plans/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        PlanView plan = plans.plan(id);
        requireEdit(plans, id);
        return form(model, PlanForms.of(plan), plan);
    }

    @PostMapping("/plans/{id}/edit")
    String update(@PathVariable long id, @Validated({Default.class, Updating.class}) @ModelAttribute("form") PlanForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        PlanView plan = plans.plan(id);
        if (result.hasErrors()) {
            return form(model, form, plan);
        }
        try {
            plans.updatePlan(id, form);
        } catch (UserFacingException e) {
            Forms.reject(result, e);
            return form(model, form, plan);
        } catch (ForbiddenException e) {
            Forms.refuse(result, e);
            return form(model, form, plan);
        } catch (ConflictException e) {
            result.reject("conflict", labels.message(e));
            return form(model, form, plan);
        }
        redirect.addFlashAttribute("flash", labels.message("plan.saved"));
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/status")
    String changeStatus(@PathVariable long id, @RequestParam PlanStatus status, RedirectAttributes redirect) {
        try {
            moveTo(plans, labels, id, status);
            redirect.addFlashAttribute("flash", labels.message("plan.statusChanged", labels.planStatus(status)));
        } catch (UserFacingException e) {
            redirect.addFlashAttribute("flash", labels.message(e));
        }
        return "redirect:/plans/" + id;
    }

    @PostMapping("/plans/{id}/reopen")
    String reopen(@PathVariable long id, @ModelAttribute("reopenForm") ReopenForm form, RedirectAttributes redirect) {
        try {
            plans.reopen(id, form.getReason());
            redirect.addFlashAttribute("flash", labels.message("plan.reopened"));
        } catch (UserFacingException e) {
            redirect.addFlashAttribute("flash", labels.message(e));
        }
        return "redirect:/plans/" + id;
    }

    /**
     * The status a form or an API client names, as the plan's transition to it: issuing a draft, closing an issued
     * plan. A closed plan is issued again only by reopening it with a reason; nothing goes back to draft.
     */
    static void moveTo(Plans plans, PlanningLabels labels, long id, PlanStatus status) {
        if (status == null) {
            throw new UserFacingException("status", "plan.status.required");
        }
        switch (status) {
            case ISSUED -> plans.issue(id);
            case CLOSED -> plans.close(id);
            case DRAFT -> {
                plans.rights(id); // a plan the user may not read stays "not found"
                throw new UserFacingException("status", "plan.transition.noReturnToDraft");
            }
        }
    }

    @PostMapping("/plans/{id}/copy")
    String copy(@PathVariable long id, @RequestParam int year, RedirectAttributes redirect) {
        long copy = plans.copyToYear(id, year);
        redirect.addFlashAttribute("flash", labels.message("plan.copied", String.valueOf(year)));
        return "redirect:/plans/" + copy;
    }

    @PostMapping("/plans/{id}/archive")
    String archive(@PathVariable long id, RedirectAttributes redirect) {
        plans.archivePlan(id);
        redirect.addFlashAttribute("flash", labels.message("plan.archived"));
        return "redirect:/plans";
    }

    @PostMapping("/plans/{id}/sections")
    String addSection(@PathVariable long id, @RequestParam(required = false) String ref,
                      @RequestParam(required = false) String heading, RedirectAttributes redirect) {
        try {
            plans.addSection(id, ref, heading);
            redirect.addFlashAttribute("flash", labels.message("plan.sectionAdded"));
        } catch (UserFacingException e) {
            redirect.addFlashAttribute("flash", labels.message(e));
        }
        return "redirect:/plans/" + id;
    }

    private String form(Model model, PlanForm form, PlanView plan) {
        model.addAttribute("form", form);
        model.addAttribute("plan", plan);
        model.addAttribute("kinds", PlanKind.values());
        // Only provinces where saving could succeed; an edited plan keeps its own (the field is read-only then).
        java.util.Set<Long> allowed = plans.provincesForNewPlans();
        model.addAttribute("provinces", directory.provinces().stream()
                .filter(p -> allowed.contains(p.id()) || (plan != null && p.id() == plan.provinceId())).toList());
        Long province = form.getProvinceId();
        model.addAttribute("agencies", province == null ? List.of() : directory.agencies(province, true));
        model.addAttribute("parentPlans", plans.plans(province, null, null, ListQuery.of(null, "year", "desc", 0, 200))
                .items());
        return "planning/plan-form";
    }

    /** A form the user could not save is not shown: the same refusal as saving it would get. */
    static void requireEdit(Plans plans, long planId) {
        if (!plans.rights(planId).edit()) {
            throw new ForbiddenException("plan.forbidden.edit");
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
