package vn.ttdn.planning;

import java.util.ArrayList;
import java.util.List;

/** The columns of a task list exported to XLSX, shared by every list of tasks, in the reader's language. */
public final class TaskExport {

    private static final List<String> HEADER_KEYS = List.of("task.plan", "task.section", "task.ref", "task.content",
            "task.lead", "task.coordinating", "task.timeframe", "task.due", "task.status", "task.percentColumn",
            "task.overdue");

    private TaskExport() {
    }

    public static List<String> headers(PlanningLabels labels) {
        return HEADER_KEYS.stream().map(labels::message).toList();
    }

    public static List<List<Object>> rows(List<TaskView> tasks, PlanningLabels labels) {
        String overdue = labels.message("task.overdue");
        List<List<Object>> rows = new ArrayList<>();
        for (TaskView t : tasks) {
            List<Object> row = new ArrayList<>();
            row.add(t.planTitle());
            row.add(t.sectionHeading());
            row.add(t.ref());
            row.add(t.content());
            row.add(t.leadNames());
            row.add(t.coordinatingNames());
            row.add(labels.timeframe(t.timeframe()));
            row.add(t.dueDate());
            row.add(labels.taskStatus(t.status()));
            row.add(t.percent());
            row.add(t.overdue() ? overdue : "");
            rows.add(row);
        }
        return rows;
    }
}
