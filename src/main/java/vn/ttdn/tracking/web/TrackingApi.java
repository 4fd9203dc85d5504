package vn.ttdn.tracking.web;

import org.springdoc.core.annotations.ParameterObject;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.ttdn.common.ForbiddenException;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.planning.AssignmentRole;
import vn.ttdn.planning.Tasks;
import vn.ttdn.planning.TaskFilter;
import vn.ttdn.planning.TaskStatus;
import vn.ttdn.planning.TaskView;
import vn.ttdn.tracking.CommentView;
import vn.ttdn.tracking.Dashboard;
import vn.ttdn.tracking.Dashboards;
import vn.ttdn.tracking.Tracking;
import vn.ttdn.tracking.UpdateForm;
import vn.ttdn.tracking.UpdateView;

/** The JSON API for "my tasks", progress updates, comments and dashboards. */
@RestController
@RequestMapping("/api")
@Tag(name = "Theo dõi tiến độ", description = "My tasks, progress updates, comments, dashboards")
class TrackingApi {

    private final Tasks tasks;
    private final Tracking tracking;
    private final Dashboards dashboards;
    private final jakarta.validation.Validator validator;

    TrackingApi(Tasks tasks, Tracking tracking, Dashboards dashboards, jakarta.validation.Validator validator) {
        this.tasks = tasks;
        this.tracking = tracking;
        this.dashboards = dashboards;
        this.validator = validator;
    }

    /** The query parameters of the user's task list. */
    record MyTasksParams(AssignmentRole role, TaskStatus status, Boolean overdue, String q, String sort, String dir,
                         Integer page, Integer size) {
    }

    @GetMapping("/my-tasks")
    @Operation(summary = "Tasks the user's agency leads or helps with (groups expanded)")
    PageResult<TaskView> myTasks(@ParameterObject @ModelAttribute MyTasksParams p) {
        Long agency = CurrentUser.get().agencyId();
        if (agency == null) {
            throw new ForbiddenException("myTasks.noAgency");
        }
        TaskFilter filter = new TaskFilter(null, null, agency, p.role(), p.status(), Boolean.TRUE.equals(p.overdue()),
                null);
        return tasks.tasks(filter, ListQuery.of(p.q(), p.sort(), p.dir(), p.page(), p.size()));
    }

    @GetMapping("/tasks/{id}/updates")
    List<UpdateView> updates(@PathVariable long id) {
        return tracking.updates(id);
    }

    @PostMapping(path = "/tasks/{id}/updates", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Report progress with evidence files (multipart: status, percent, narrative, files)")
    ResponseEntity<UpdateView> postUpdate(@PathVariable long id, @ModelAttribute UpdateForm form,
                                          @RequestParam(name = "files", required = false) List<MultipartFile> files)
            throws IOException {
        ApiValidation.check(validator, form);
        long updateId = tracking.postUpdate(id, form, TaskPages.uploaded(files));
        UpdateView created = tracking.updates(id).stream().filter(u -> u.id() == updateId).findFirst().orElseThrow();
        return ResponseEntity.created(URI.create("/api/tasks/" + id + "/updates")).body(created);
    }

    @PostMapping(path = "/tasks/{id}/updates", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Report progress without files")
    ResponseEntity<UpdateView> postJsonUpdate(@PathVariable long id, @RequestBody UpdateForm form) throws IOException {
        return postUpdate(id, form, List.of());
    }

    @GetMapping("/evidence/{id}")
    @Operation(summary = "Download an evidence file (the ids are in the updates' evidence lists)")
    void evidence(@PathVariable long id, HttpServletResponse response) throws IOException {
        tracking.evidence(id).send(response);
    }

    @GetMapping("/tasks/{id}/comments")
    List<CommentView> comments(@PathVariable long id) {
        return tracking.comments(id);
    }

    @PostMapping("/tasks/{id}/comments")
    ResponseEntity<List<CommentView>> comment(@PathVariable long id, @RequestBody Map<String, String> body) {
        tracking.comment(id, body.get("body"));
        return ResponseEntity.status(201).body(tracking.comments(id));
    }

    @GetMapping("/dashboard/province/{id}")
    Dashboard province(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return dashboards.province(id, year);
    }

    @GetMapping("/dashboard/plan/{id}")
    Dashboard plan(@PathVariable long id) {
        return dashboards.plan(id);
    }

    @GetMapping("/dashboard/agency/{id}")
    Dashboard agency(@PathVariable long id, @RequestParam(required = false) Integer year) {
        return dashboards.agency(id, year);
    }
}
