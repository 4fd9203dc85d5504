package vn.ttdn.planning;

import java.util.ArrayList;
import java.util.List;

/** The columns of a task list exported to XLSX, shared by every list of tasks. */
public final class TaskExport {

    public static final List<String> HEADERS = List.of("Kế hoạch", "Mục", "TT", "Nội dung", "Cơ quan chủ trì",
            "Cơ quan phối hợp", "Thời gian thực hiện", "Hạn", "Trạng thái", "Tiến độ (%)", "Quá hạn");

    private TaskExport() {
    }

    public static List<List<Object>> rows(List<TaskView> tasks) {
        List<List<Object>> rows = new ArrayList<>();
        for (TaskView t : tasks) {
            List<Object> row = new ArrayList<>();
            row.add(t.planTitle());
            row.add(t.sectionHeading());
            row.add(t.ref());
            row.add(t.content());
            row.add(t.leadNames());
            row.add(t.coordinatingNames());
            row.add(t.timeframe().text());
            row.add(t.dueDate());
            row.add(status(t.status()));
            row.add(t.percent());
            row.add(t.overdue() ? "Quá hạn" : "");
            rows.add(row);
        }
        return rows;
    }

    public static String status(TaskStatus status) {
        return switch (status) {
            case NOT_STARTED -> "Chưa bắt đầu";
            case IN_PROGRESS -> "Đang thực hiện";
            case DONE -> "Hoàn thành";
            case CANCELLED -> "Hủy";
        };
    }
}
