package vn.ttdn.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Counts over a set of tasks, for dashboards: by status, overdue ({@link OverdueRule}), by plan, section and lead
 * agency. Archived tasks and plans never count. It answers for the tasks it is asked about and checks no user's
 * rights: the caller has already decided the user may see that scope.
 */
public interface TaskStatistics {

    /**
     * Which tasks: a province's issued plans (of a year, or all), one plan (drafts too: its own dashboard), or the
     * issued tasks an agency takes part in, directly or through one of its groups (of a year, or all).
     */
    record Scope(Long provinceId, Long planId, Long agencyId, Integer year) {

        public static Scope province(long provinceId, Integer year) {
            return new Scope(provinceId, null, null, year);
        }

        public static Scope plan(long planId) {
            return new Scope(null, planId, null, null);
        }

        public static Scope agency(long agencyId, Integer year) {
            return new Scope(null, null, agencyId, year);
        }
    }

    record Counts(long tasks, long notStarted, long inProgress, long done, long cancelled, long overdue,
                  int averagePercent) {
    }

    /** One group of tasks: a plan, a section (id null: no section) or a lead agency (a group's id negated). */
    record Group(Long id, String label, long tasks, long done, long overdue, int averagePercent) {
    }

    record OverdueTask(long id, String ref, String content, String planTitle, String lead, LocalDate dueDate,
                       int percent) {
    }

    Counts totals(Scope scope);

    /** Newest plan first. */
    List<Group> byPlan(Scope scope);

    /** In the sections' order, tasks in no section last. */
    List<Group> bySection(Scope scope);

    /** Every lead agency or group, most overdue first, then most tasks, then by name. */
    List<Group> byLeadAgency(Scope scope);

    /** The overdue tasks due longest ago first, at most {@code limit}. */
    List<OverdueTask> overdue(Scope scope, int limit);

    /** The ids of the scope's tasks, for another module's own data about them (their progress updates). */
    Set<Long> taskIds(Scope scope);

    /** Content of these tasks by id, for lines that name a task. */
    Map<Long, String> contents(Collection<Long> taskIds);
}
