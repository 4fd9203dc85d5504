package vn.ttdn.planning.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ttdn.common.TextFolding;
import vn.ttdn.planning.AssignmentRole;
import vn.ttdn.planning.TaskStatus;
import vn.ttdn.planning.Timeframe;
import vn.ttdn.changes.ProvinceData;

@Entity
class Task implements ProvinceData {
    @Override
    public Long provinceId() {
        return provinceId;
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    long planId;
    long provinceId;
    Long sectionId;
    String ref;
    int position;
    String content;
    @Enumerated(EnumType.STRING)
    Timeframe.Kind timeframeKind = Timeframe.Kind.UNSPECIFIED;
    String timeframeText;
    LocalDate startDate;
    LocalDate dueDate;
    String expectedOutput;
    BigDecimal budgetEstimate;
    @Enumerated(EnumType.STRING)
    TaskStatus status = TaskStatus.NOT_STARTED;
    int percent;
    OffsetDateTime lastUpdateAt;
    boolean archived;
    String searchText = "";
    @Version
    long version;
    OffsetDateTime createdAt = OffsetDateTime.now();
    OffsetDateTime updatedAt = OffsetDateTime.now();
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "task_id", nullable = false)
    @OrderBy("role, position")
    List<TaskAssignment> assignments = new ArrayList<>();

    /** A new task at the given place in the plan, in the plan's province. */
    static Task of(Plan plan, int position) {
        Task task = new Task();
        task.planId = plan.id;
        task.provinceId = plan.provinceId;
        task.position = position;
        return task;
    }

    /**
     * Reported progress becomes the task's status and percent, unless a later report is already recorded: reports
     * may arrive twice or out of order, and the same report twice leaves the same state.
     */
    void recordProgress(TaskStatus reported, int reportedPercent, OffsetDateTime at) {
        if (lastUpdateAt != null && at.isBefore(lastUpdateAt)) {
            return;
        }
        status = reported;
        percent = reportedPercent;
        lastUpdateAt = at;
        updatedAt = at;
    }

    void archive() {
        archived = true;
        refreshSearchText();
    }

    Timeframe timeframe() {
        return new Timeframe(timeframeKind, timeframeText, startDate, dueDate);
    }

    void setTimeframe(Timeframe t, int planYear) {
        timeframeKind = t.kind();
        timeframeText = t.text();
        startDate = t.start();
        dueDate = t.end();
        if (t.kind() == Timeframe.Kind.YEARLY && dueDate == null) {
            // "Hàng năm" in a year's plan is due by the end of that year.
            dueDate = LocalDate.of(planYear, 12, 31);
        }
    }

    boolean overdue(LocalDate today) {
        return timeframe().isOverdue(today, status.finished());
    }

    List<TaskAssignment> assignments(AssignmentRole role) {
        return assignments.stream().filter(a -> a.role == role).toList();
    }

    void refreshSearchText() {
        StringBuilder names = new StringBuilder();
        assignments.forEach(a -> names.append(' ').append(a.name == null ? a.printed : a.name));
        searchText = TextFolding.foldAll(ref, content, timeframeText, expectedOutput, names.toString());
        updatedAt = OffsetDateTime.now();
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ref", ref);
        m.put("content", content);
        m.put("lead", assignments(AssignmentRole.LEAD).stream().map(TaskAssignment::label).toList());
        m.put("coordinating", assignments(AssignmentRole.COORDINATING).stream().map(TaskAssignment::label).toList());
        m.put("timeframe", timeframeKind + (timeframeText == null ? "" : " " + timeframeText));
        m.put("startDate", startDate == null ? null : startDate.toString());
        m.put("dueDate", dueDate == null ? null : dueDate.toString());
        m.put("expectedOutput", expectedOutput);
        m.put("budgetEstimate", budgetEstimate);
        m.put("status", status);
        m.put("percent", percent);
        m.put("archived", archived);
        return m;
    }
}
