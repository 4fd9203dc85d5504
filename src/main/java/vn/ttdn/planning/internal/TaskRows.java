package vn.ttdn.planning.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.ttdn.common.database.AnyOf;
import vn.ttdn.planning.AssignmentRole;
import vn.ttdn.planning.AssignmentView;
import vn.ttdn.planning.OverdueRule;
import vn.ttdn.planning.TaskStatus;
import vn.ttdn.planning.TaskView;
import vn.ttdn.planning.Timeframe;

/**
 * A page of tasks as lists show it, read as columns rather than entities: one query for the page (with its plan's
 * title and number), one for the page's sections and one for its agencies. Loading entities cost more than the
 * queries did (Hibernate's entity initialisation was the largest part of an uncached /tasks).
 */
final class TaskRows {

    /** The columns of a list row, in the order {@link #views} reads them; the query's alias is t, its plan's p. */
    static final String SELECT = "select t.id, t.planId, p.title, p.number, t.provinceId, t.sectionId, t.ref, t.content,"
            + " t.timeframeKind, t.timeframeText, t.startDate, t.dueDate, t.expectedOutput, t.budgetEstimate, t.status,"
            + " t.percent, t.lastUpdateAt, t.version";

    private TaskRows() {
    }

    /** The views of the rows a query selected with {@link #SELECT}, in its order. */
    static List<TaskView> views(EntityManager em, TypedQuery<Object[]> query) {
        List<Object[]> rows = query.getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, String> sections = sectionHeadings(em, rows.stream().map(r -> (Long) r[5])
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, List<AssignmentView>> lead = new HashMap<>();
        Map<Long, List<AssignmentView>> coordinating = new HashMap<>();
        assignments(em, ids, lead, coordinating);
        LocalDate today = OverdueRule.today();
        List<TaskView> views = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            long id = (Long) r[0];
            Timeframe timeframe = new Timeframe((Timeframe.Kind) r[8], (String) r[9], (LocalDate) r[10],
                    (LocalDate) r[11]);
            TaskStatus status = (TaskStatus) r[14];
            views.add(new TaskView(id, (Long) r[1], (String) r[2], (String) r[3], (Long) r[4], (Long) r[5],
                    r[5] == null ? null : sections.get((Long) r[5]), (String) r[6], (String) r[7], timeframe,
                    (String) r[12], (BigDecimal) r[13], status, (Integer) r[15],
                    timeframe.isOverdue(today, status.finished()), (OffsetDateTime) r[16],
                    lead.getOrDefault(id, List.of()), coordinating.getOrDefault(id, List.of()), (Long) r[17]));
        }
        return views;
    }

    /** The page's lead and coordinating agencies by task, in their printed order. */
    private static void assignments(EntityManager em, List<Long> taskIds, Map<Long, List<AssignmentView>> lead,
                                    Map<Long, List<AssignmentView>> coordinating) {
        em.createQuery("select a.taskId, a.role, a.agencyId, a.groupId, a.name, a.printed from TaskAssignment a"
                        + " where any_of(:ids, a.taskId) order by a.taskId, a.role, a.position", Object[].class)
                .setParameter("ids", AnyOf.ids(taskIds)).getResultList().forEach(a -> {
                    AssignmentRole role = (AssignmentRole) a[1];
                    String name = (String) a[4];
                    String printed = (String) a[5];
                    AssignmentView view = new AssignmentView(role, (Long) a[2], (Long) a[3],
                            name != null ? name : printed, printed);
                    (role == AssignmentRole.LEAD ? lead : coordinating)
                            .computeIfAbsent((Long) a[0], k -> new ArrayList<>()).add(view);
                });
    }

    /** "I. Heading" (or the heading alone) of each section. */
    private static Map<Long, String> sectionHeadings(EntityManager em, Set<Long> ids) {
        Map<Long, String> headings = new HashMap<>();
        if (!ids.isEmpty()) {
            em.createQuery("select s.id, s.ref, s.heading from PlanSection s where any_of(:ids, s.id)", Object[].class)
                    .setParameter("ids", AnyOf.ids(ids)).getResultList()
                    .forEach(s -> headings.put((Long) s[0], (s[1] == null ? "" : s[1] + " ") + s[2]));
        }
        return headings;
    }
}
