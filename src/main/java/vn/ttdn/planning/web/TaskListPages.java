package vn.ttdn.planning.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import vn.ttdn.common.ListQuery;
import vn.ttdn.planning.Tasks;
import vn.ttdn.planning.TaskExport;
import vn.ttdn.planning.TaskFilter;
import vn.ttdn.planning.TaskStatus;
import vn.ttdn.planning.TaskView;
import vn.ttdn.common.Exports;

/** Every task the user may see, across plans: searchable, filterable, sortable, exportable. */
@Controller
class TaskListPages {

    private final Tasks tasks;
    private final FilterOptions filterOptions;
    private final vn.ttdn.planning.PlanningLabels labels;

    TaskListPages(Tasks tasks, FilterOptions filterOptions, vn.ttdn.planning.PlanningLabels labels) {
        this.tasks = tasks;
        this.filterOptions = filterOptions;
        this.labels = labels;
    }

    /** The list's parameters, bound from the query string. */
    record TaskListParams(Long planId, Long agencyId, TaskStatus status, Boolean overdue, Integer year, String q,
                          String sort, String dir, Integer page) {
        TaskFilter filter() {
            return new TaskFilter(planId, null, agencyId, null, status, Boolean.TRUE.equals(overdue), year);
        }

        ListQuery query() {
            return ListQuery.of(q, sort, dir, page, 50);
        }
    }

    @GetMapping("/tasks")
    String list(@ModelAttribute TaskListParams params, Model model) {
        model.addAttribute("tasks", tasks.tasks(params.filter(), params.query()));
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("agencyOptions", filterOptions.agencies(params.agencyId()));
        model.addAttribute("planOptions", filterOptions.plans(params.planId()));
        return "planning/tasks";
    }

    @GetMapping("/tasks/export")
    void export(@ModelAttribute TaskListParams params, HttpServletResponse response) throws IOException {
        List<TaskView> tasks = this.tasks.tasks(params.filter(), params.query().forExport()).items();
        Exports.xlsx(response, "nhiem-vu", TaskExport.headers(labels), TaskExport.rows(tasks, labels));
    }
}
