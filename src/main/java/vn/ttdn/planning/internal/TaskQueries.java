package vn.ttdn.planning.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;
import vn.ttdn.common.PerDataState;
import vn.ttdn.common.database.AnyOf;
import vn.ttdn.changes.DataChanges;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.planning.AssignmentRole;
import vn.ttdn.planning.OverdueRule;
import vn.ttdn.planning.PlanKind;
import vn.ttdn.planning.PlanStatus;
import vn.ttdn.planning.PlanSummary;
import vn.ttdn.planning.TaskFilter;
import vn.ttdn.planning.TaskView;

/** The lists: plans and tasks, always narrowed to what the user may read. Sort keys are whitelisted. */
@Component
@Transactional(readOnly = true)
class TaskQueries {

    private static final Map<String, String> TASK_SORTS = Map.of(
            "position", "p.year desc, t.planId, t.position", "due", "t.dueDate", "status", "t.status",
            "percent", "t.percent", "updated", "t.lastUpdateAt", "content", "t.content",
            // A plan's tasks under its sections in the sections' order, those in no section last.
            "section", "p.year desc, t.planId, (select s.position from PlanSection s where s.id = t.sectionId)"
                    + " nulls last, t.position");
    private static final Map<String, String> PLAN_SORTS = Map.of(
            "year", "p.year", "title", "p.title", "issuedOn", "p.issuedOn", "status", "p.status",
            "updated", "p.updatedAt");

    private final EntityManager em;
    private final Directory directory;
    private final PerDataState<Where, Long> counts;

    TaskQueries(EntityManager em, Directory directory, DataChanges changes) {
        this.em = em;
        this.directory = directory;
        this.counts = new PerDataState<>(() -> changes.versionOf(CurrentUser.get().provincesRead()), 10_000);
    }

    /** The JPQL "from … where …" for a task list and its parameters (a key: equal text and values, equal rows). */
    private record Where(String jpql, Map<String, Object> params) {
        <T> jakarta.persistence.TypedQuery<T> query(EntityManager em, String select, String order, Class<T> type) {
            var q = em.createQuery(select + jpql + order, type);
            params.forEach((name, value) -> q.setParameter(name, AnyOf.bound(value)));
            return q;
        }
    }

    PageResult<TaskView> tasks(TaskFilter filter, ListQuery query) {
        Where where = where(filter, query);
        String order = TASK_SORTS.getOrDefault(query.sort(), TASK_SORTS.get("position"));
        if (!order.contains(",")) {
            order += (query.descending() ? " desc nulls last" : " asc nulls last") + ", t.id";
        }
        var page = where.query(em, TaskRows.SELECT, " order by " + order, Object[].class)
                .setFirstResult(query.offset()).setMaxResults(query.size());
        return new PageResult<>(TaskRows.views(em, page), query.page(), query.size(), count(where));
    }

    long count(TaskFilter filter) {
        return count(where(filter, ListQuery.of(null, null, null, 0, 1)));
    }

    /** Counts repeat on every page of a list and in the overdue badge: kept per state of the data. */
    private long count(Where where) {
        return counts.get(where, () -> where.query(em, "select count(t)", "", Long.class).getSingleResult());
    }

    private Where where(TaskFilter filter, ListQuery query) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" from Task t, Plan p where p.id = t.planId and t.archived = false and ")
                .append(PlanAccess.readableCondition(CurrentUser.get(), params));
        if (filter.planId() != null) {
            where.append(" and t.planId = :plan");
            params.put("plan", filter.planId());
        }
        if (filter.provinceId() != null) {
            where.append(" and t.provinceId = :province");
            params.put("province", filter.provinceId());
        }
        if (filter.agencyId() != null) {
            appendAgency(where, params, filter);
        }
        if (filter.status() != null) {
            where.append(" and t.status = :status");
            params.put("status", filter.status());
        }
        if (filter.overdueOnly()) {
            where.append(" and ").append(OverdueRule.jpql("t", "today"));
            params.put("today", OverdueRule.today());
        }
        if (filter.year() != null) {
            where.append(" and p.year = :year");
            params.put("year", filter.year());
        }
        if (query.hasText()) {
            where.append(" and t.searchText like :q escape '\\'");
            params.put("q", query.likePattern());
        }
        return new Where(where.toString(), params);
    }

    private void appendAgency(StringBuilder where, Map<String, Object> params, TaskFilter filter) {
        Set<Long> groups = directory.groupsContaining(filter.agencyId());
        where.append(" and exists (select 1 from TaskAssignment a where a.taskId = t.id and (a.agencyId = :agency");
        params.put("agency", filter.agencyId());
        if (!groups.isEmpty()) {
            where.append(" or any_of(:groups, a.groupId)");
            params.put("groups", groups);
        }
        where.append(")");
        if (filter.role() != null) {
            where.append(" and a.role = :role");
            params.put("role", filter.role());
        }
        where.append(") and ").append(PlanRules.issued("p"));
    }

    List<TaskView> views(List<Task> tasks) {
        Set<Long> planIds = tasks.stream().map(t -> t.planId).collect(Collectors.toSet());
        Map<Long, Plan> plans = planIds.isEmpty() ? Map.of()
                : em.createQuery("select p from Plan p where p.id in :ids", Plan.class).setParameter("ids", planIds)
                .getResultList().stream().collect(Collectors.toMap(p -> p.id, Function.identity()));
        LocalDate today = OverdueRule.today();
        return tasks.stream().map(t -> view(t, plans.get(t.planId), today)).toList();
    }

    static TaskView view(Task t, Plan plan, LocalDate today) {
        String sectionHeading = t.sectionId == null ? null : plan.sections.stream()
                .filter(s -> s.id.equals(t.sectionId)).map(s -> (s.ref == null ? "" : s.ref + " ") + s.heading)
                .findFirst().orElse(null);
        return new TaskView(t.id, t.planId, plan.title, plan.number, t.provinceId, t.sectionId, sectionHeading,
                t.ref, t.content, t.timeframe(), t.expectedOutput, t.budgetEstimate, t.status, t.percent,
                t.overdue(today), t.lastUpdateAt,
                t.assignments(AssignmentRole.LEAD).stream().map(TaskAssignment::view).toList(),
                t.assignments(AssignmentRole.COORDINATING).stream().map(TaskAssignment::view).toList(), t.version);
    }

    PageResult<PlanSummary> plans(Long provinceId, Integer year, PlanStatus status, ListQuery query) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" from Plan p where ")
                .append(PlanAccess.readableCondition(CurrentUser.get(), params));
        if (!CurrentUser.get().isAdmin() || provinceId == null) {
            where.append(" and p.archived = false");
        }
        if (provinceId != null) {
            where.append(" and p.provinceId = :province");
            params.put("province", provinceId);
        }
        if (year != null) {
            where.append(" and p.year = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.append(" and p.status = :status");
            params.put("status", status);
        }
        if (query.hasText()) {
            where.append(" and p.searchText like :q escape '\\'");
            params.put("q", query.likePattern());
        }
        String order = PLAN_SORTS.getOrDefault(query.sort(), "p.year") + (query.descending() || query.sort().isEmpty()
                ? " desc" : " asc") + ", p.id desc";
        var select = em.createQuery("select new vn.ttdn.planning.internal.TaskQueries$PlanRow(p.id, p.provinceId,"
                + " p.kind, p.number, p.title, p.year, p.issuedOn, p.status, p.ownerAgencyId, p.sample)" + where
                + " order by " + order, PlanRow.class);
        var count = em.createQuery("select count(p)" + where, Long.class);
        params.forEach((k, v) -> {
            select.setParameter(k, AnyOf.bound(v));
            count.setParameter(k, AnyOf.bound(v));
        });
        List<PlanRow> page = select.setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        return new PageResult<>(summariesOf(page), query.page(), query.size(), count.getSingleResult());
    }

    /** What a plan's line in a list needs, read as columns: a list loads no Plan entities (nor their sections). */
    record PlanRow(long id, long provinceId, PlanKind kind, String number, String title, int year, LocalDate issuedOn,
                   PlanStatus status, Long ownerAgencyId, boolean sample) {
    }

    List<PlanSummary> summaries(List<Plan> plans) {
        return summariesOf(plans.stream().map(p -> new PlanRow(p.id, p.provinceId, p.kind, p.number, p.title, p.year,
                p.issuedOn, p.status, p.ownerAgencyId, p.sample)).toList());
    }

    private List<PlanSummary> summariesOf(List<PlanRow> plans) {
        if (plans.isEmpty()) {
            return List.of();
        }
        Map<Long, long[]> counts = new HashMap<>();
        List<Object[]> rows = em.createQuery("select t.planId, count(t),"
                        + " sum(case when t.status = vn.ttdn.planning.TaskStatus.DONE then 1 else 0 end),"
                        + " sum(case when " + OverdueRule.jpql("t", "today")
                        + " then 1 else 0 end) from Task t where t.archived = false and any_of(:ids, t.planId) group by t.planId",
                Object[].class).setParameter("ids", AnyOf.ids(plans.stream().map(PlanRow::id).toList()))
                .setParameter("today", OverdueRule.today()).getResultList();
        rows.forEach(r -> counts.put((Long) r[0], new long[]{(Long) r[1], (Long) r[2], (Long) r[3]}));
        // Many plans share a province and an owner: each name is looked up once per list, not once per line.
        Map<Long, String> provinceNames = new HashMap<>();
        Map<Long, String> ownerNames = new HashMap<>();
        return plans.stream().map(p -> {
            long[] c = counts.getOrDefault(p.id(), new long[3]);
            String provinceName = provinceNames.computeIfAbsent(p.provinceId(), id -> directory.province(id).name());
            String owner = p.ownerAgencyId() == null ? null
                    : ownerNames.computeIfAbsent(p.ownerAgencyId(), id -> directory.agency(id).fullName());
            return new PlanSummary(p.id(), provinceName, p.kind(), p.number(), p.title(), p.year(), p.issuedOn(),
                    p.status(), owner, p.sample(), c[0], c[1], c[2]);
        }).toList();
    }
}
