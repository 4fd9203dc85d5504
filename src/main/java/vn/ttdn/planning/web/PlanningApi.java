package vn.ttdn.planning.web;

import org.springdoc.core.annotations.ParameterObject;
import jakarta.validation.groups.Default;
import org.springframework.validation.annotation.Validated;
import vn.ttdn.common.Updating;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.planning.PlanForm;
import vn.ttdn.planning.PlanStatus;
import vn.ttdn.planning.PlanSummary;
import vn.ttdn.planning.PlanView;
import vn.ttdn.planning.PlanningLabels;
import vn.ttdn.planning.Plans;
import vn.ttdn.planning.Tasks;
import vn.ttdn.planning.TaskFilter;
import vn.ttdn.planning.TaskForm;
import vn.ttdn.planning.TaskStatus;
import vn.ttdn.planning.TaskView;

/** The JSON API for plans and tasks: the same operations and permissions as the pages. */
@RestController
@RequestMapping("/api")
@Tag(name = "Kế hoạch và nhiệm vụ", description = "Plans and their tasks")
class PlanningApi {

    private final Plans plans;
    private final Tasks tasks;
    private final PlanningLabels labels;

    PlanningApi(Plans plans, Tasks tasks, PlanningLabels labels) {
        this.plans = plans;
        this.tasks = tasks;
        this.labels = labels;
    }

    /** The plan list's query parameters. */
    record PlanListParams(Long provinceId, Integer year, PlanStatus status, String q, String sort, String dir,
                          Integer page, Integer size) {
    }

    /** The task list's query parameters. */
    record TaskListParams(Long planId, Long agencyId, TaskStatus status, Boolean overdue, Integer year, String q,
                          String sort, String dir, Integer page, Integer size) {
    }

    @GetMapping("/plans")
    @Operation(summary = "Plans the user may read, filtered, sorted and paged")
    PageResult<PlanSummary> plans(@ParameterObject @ModelAttribute PlanListParams p) {
        return plans.plans(p.provinceId(), p.year(), p.status(), ListQuery.of(p.q(), p.sort(), p.dir(), p.page(),
                p.size()));
    }

    @GetMapping("/plans/{id}")
    PlanView plan(@PathVariable long id) {
        return plans.plan(id);
    }

    @PostMapping("/plans")
    ResponseEntity<PlanView> create(@Valid @RequestBody PlanForm form) {
        long id = plans.createPlan(form);
        return ResponseEntity.created(URI.create("/api/plans/" + id)).body(plans.plan(id));
    }

    @PutMapping("/plans/{id}")
    PlanView update(@PathVariable long id, @Validated({Default.class, Updating.class}) @RequestBody PlanForm form) {
        plans.updatePlan(id, form);
        return plans.plan(id);
    }

    @PostMapping("/plans/{id}/status")
    @Operation(summary = "Issue a draft or close an issued plan")
    PlanView status(@PathVariable long id, @RequestBody Map<String, PlanStatus> body) {
        PlanPages.moveTo(plans, labels, id, body.get("status"));
        return plans.plan(id);
    }

    @PostMapping("/plans/{id}/reopen")
    @Operation(summary = "Issue a closed plan again; the reason is required and kept")
    PlanView reopen(@PathVariable long id, @RequestBody Map<String, String> body) {
        plans.reopen(id, body.get("reason"));
        return plans.plan(id);
    }

    @PostMapping("/plans/{id}/copy")
    @Operation(summary = "Copy a plan with its tasks to another year, as a draft")
    ResponseEntity<PlanView> copy(@PathVariable long id, @RequestBody Map<String, Integer> body) {
        long copy = plans.copyToYear(id, body.getOrDefault("year", 0));
        return ResponseEntity.created(URI.create("/api/plans/" + copy)).body(plans.plan(copy));
    }

    @DeleteMapping("/plans/{id}")
    @Operation(summary = "Archive a plan (nothing is deleted)")
    ResponseEntity<Void> archive(@PathVariable long id) {
        plans.archivePlan(id);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/plans/{id}/sections")
    PlanView addSection(@PathVariable long id, @RequestBody Map<String, String> body) {
        plans.addSection(id, body.get("ref"), body.get("heading"));
        return plans.plan(id);
    }

    @GetMapping("/plans/{id}/implementing")
    List<PlanSummary> implementing(@PathVariable long id) {
        return plans.plansImplementing(id);
    }

    @GetMapping("/tasks")
    @Operation(summary = "Tasks the user may read; agencyId selects an agency's tasks, groups expanded")
    PageResult<TaskView> tasks(@ParameterObject @ModelAttribute TaskListParams p) {
        TaskFilter filter = new TaskFilter(p.planId(), null, p.agencyId(), null, p.status(),
                Boolean.TRUE.equals(p.overdue()), p.year());
        return tasks.tasks(filter, ListQuery.of(p.q(), p.sort(), p.dir(), p.page(), p.size()));
    }

    @GetMapping("/tasks/{id}")
    TaskView task(@PathVariable long id) {
        return tasks.task(id);
    }

    @PostMapping("/plans/{planId}/tasks")
    ResponseEntity<TaskView> createTask(@PathVariable long planId, @Valid @RequestBody TaskForm form) {
        long id = tasks.createTask(planId, form);
        return ResponseEntity.created(URI.create("/api/tasks/" + id)).body(tasks.task(id));
    }

    @PutMapping("/tasks/{id}")
    @Operation(summary = "Change a task; send the version you read, a newer one is refused with 409")
    TaskView updateTask(@PathVariable long id, @Validated({Default.class, Updating.class}) @RequestBody TaskForm form) {
        tasks.updateTask(id, form);
        return tasks.task(id);
    }

    @DeleteMapping("/tasks/{id}")
    ResponseEntity<Void> archiveTask(@PathVariable long id) {
        tasks.archiveTask(id);
        return ResponseEntity.noContent().build();
    }
}
