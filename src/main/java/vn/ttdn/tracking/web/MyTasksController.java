package vn.ttdn.tracking.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ttdn.common.ForbiddenException;
import vn.ttdn.common.ListQuery;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.planning.AssignmentRole;
import vn.ttdn.planning.Tasks;
import vn.ttdn.planning.PlanningLabels;
import vn.ttdn.planning.TaskExport;
import vn.ttdn.planning.TaskFilter;
import vn.ttdn.planning.TaskStatus;
import vn.ttdn.common.Exports;

/** "Việc của tôi": the tasks the user's agency leads or helps with, groups it belongs to included. */
@Controller
class MyTasksController {

    private final Tasks tasks;
    private final vn.ttdn.directory.Directory directory;
    private final PlanningLabels labels;

    MyTasksController(Tasks tasks, vn.ttdn.directory.Directory directory, PlanningLabels labels) {
        this.tasks = tasks;
        this.directory = directory;
        this.labels = labels;
    }

    @GetMapping("/my-tasks")
    String list(@RequestParam(required = false) AssignmentRole role, @RequestParam(required = false) TaskStatus status,
                @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                @RequestParam(required = false) Integer page, Model model) {
        TaskFilter filter = filter(role, status, overdue);
        var tasks = this.tasks.tasks(filter, ListQuery.of(q, sort, dir, page, 50));
        model.addAttribute("tasks", tasks);
        long agency = filter.agencyId();
        java.util.Set<Long> groups = directory.groupsContaining(agency);
        java.util.Map<Long, AssignmentRole> parts = new java.util.HashMap<>();
        tasks.items().forEach(t -> parts.put(t.id(), t.roleOf(agency, groups)));
        model.addAttribute("parts", parts);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("overdueCount", this.tasks.countTasks(filter(null, null, true)));
        return "tracking/my-tasks";
    }

    @GetMapping("/my-tasks/export")
    void export(@RequestParam(required = false) AssignmentRole role, @RequestParam(required = false) TaskStatus status,
                @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) String q,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String dir,
                HttpServletResponse response) throws IOException {
        var tasks = this.tasks.tasks(filter(role, status, overdue), ListQuery.of(q, sort, dir, 0, 1).forExport());
        Exports.xlsx(response, "viec-cua-toi", TaskExport.headers(labels),
                TaskExport.rows(tasks.items(), labels));
    }

    private static TaskFilter filter(AssignmentRole role, TaskStatus status, Boolean overdue) {
        Long agency = CurrentUser.get().agencyId();
        if (agency == null) {
            throw new ForbiddenException("Tài khoản của bạn không thuộc đơn vị nào nên không có việc được giao.");
        }
        return new TaskFilter(null, null, agency, role, status, Boolean.TRUE.equals(overdue), null);
    }
}
