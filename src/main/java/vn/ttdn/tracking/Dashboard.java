package vn.ttdn.tracking;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a dashboard shows: totals, progress by group (plan, section or agency), overdue tasks, latest updates and
 * updates per month.
 */
public record Dashboard(String title, Totals totals, List<Row> byPlan, List<Row> bySection, List<Row> byAgency,
                        List<TaskLine> overdue, List<UpdateLine> recentUpdates, List<MonthCount> updatesByMonth) {

    public record Totals(long tasks, long notStarted, long inProgress, long done, long cancelled, long overdue,
                         int averagePercent) {
        public int percentDone() {
            return tasks == 0 ? 0 : (int) (done * 100 / tasks);
        }
    }

    public record Row(Long id, String label, long tasks, long done, long overdue, int averagePercent) {
        /** Tasks neither done nor overdue: what the charts stack between those two. */
        public long open() {
            return tasks - done - overdue;
        }
    }

    public record TaskLine(long taskId, String ref, String content, String planTitle, String lead,
                           java.time.LocalDate dueDate, int percent) {
    }

    public record UpdateLine(long taskId, String taskContent, String agencyName, String author, String status,
                             int percent, OffsetDateTime at) {
    }

    /** Updates in one month, written MM/yyyy; months without any count 0. */
    public record MonthCount(String month, long count) {
    }
}
