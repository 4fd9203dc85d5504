package vn.ttdn.tracking.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
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
class MyTasksPages {

    private final Tasks tasks;
    private final vn.ttdn.directory.Directory directory;
    private final PlanningLabels labels;

    MyTasksPages(Tasks tasks, vn.ttdn.directory.Directory directory, PlanningLabels labels) {
        this.tasks = tasks;
        this.directory = directory;
        this.labels = labels;
    }

    /** The list's parameters, bound from the query string. */
    record MyTasksParams(AssignmentRole role, TaskStatus status, Boolean overdue, String q, String sort, String dir,
                         Integer page) {
        TaskFilter filter() {
            return MyTasksPages.filter(role, status, overdue);
        }

        ListQuery query() {
            return ListQuery.of(q, sort, dir, page, 50);
        }
    }

    @GetMapping("/my-tasks")
    String list(@ModelAttribute MyTasksParams params, Model model) {
        TaskFilter filter = params.filter();
        var tasks = this.tasks.tasks(filter, params.query());
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
    void export(@ModelAttribute MyTasksParams params, HttpServletResponse response) throws IOException {
        var tasks = this.tasks.tasks(params.filter(), params.query().forExport());
        Exports.xlsx(response, "viec-cua-toi", TaskExport.headers(labels),
                TaskExport.rows(tasks.items(), labels));
    }

    private static TaskFilter filter(AssignmentRole role, TaskStatus status, Boolean overdue) {
        Long agency = CurrentUser.get().agencyId();
        if (agency == null) {
            throw new ForbiddenException("myTasks.noAgency");
        }
        return new TaskFilter(null, null, agency, role, status, Boolean.TRUE.equals(overdue), null);
    }
}
