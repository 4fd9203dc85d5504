package vn.ttdn.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.ttdn.common.events.AgencySucceeded;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.GroupSucceeded;
import vn.ttdn.identity.AuditTrail;

/**
 * When an agency is merged, renamed or split, its open tasks move to the successor(s); when a group ends, open
 * tasks printed with it move to the group that replaced it. Finished tasks keep the old name, which is the history.
 * Runs once the reorganisation has committed, in its own transaction (inline by default: before the administrator's
 * next page); should it fail, its publication stays in the registry and is handled again after a restart.
 */
@Component
class SuccessionListener {

    private final TaskRepository tasks;
    private final Directory directory;
    private final AuditTrail audit;
    private final Assignments assignments;

    SuccessionListener(TaskRepository tasks, Directory directory, AuditTrail audit, Assignments assignments) {
        this.tasks = tasks;
        this.directory = directory;
        this.audit = audit;
        this.assignments = assignments;
    }

    @ApplicationModuleListener
    void on(AgencySucceeded event) {
        List<TaskAssignment> successors = new ArrayList<>();
        event.successorIds().forEach(id -> successors.add(TaskAssignment.of(null, id, null,
                directory.agency(id).fullName(), null, 0)));
        if (event.successorGroupId() != null) {
            successors.add(TaskAssignment.of(null, null, event.successorGroupId(),
                    directory.group(event.successorGroupId()).name(), null, 0));
        }
        String names = String.join(", ", successors.stream().map(TaskAssignment::label).toList());
        for (Task task : tasks.openTasksOf(event.predecessorId())) {
            Map<String, Object> before = task.snapshot();
            var assignedBefore = assignments.assignees(task);
            replace(task, a -> Long.valueOf(event.predecessorId()).equals(a.agencyId), successors);
            assignments.announce(task, assignedBefore);
            audit.record("MOVE", "Task", task.id, task.provinceId, "Chuyển nhiệm vụ sang " + names,
                    before, task.snapshot());
        }
    }

    @ApplicationModuleListener
    void on(GroupSucceeded event) {
        String name = directory.group(event.successorGroupId()).name();
        List<TaskAssignment> successor = List.of(TaskAssignment.of(null, null, event.successorGroupId(), name,
                null, 0));
        for (Task task : tasks.openTasksOfGroup(event.predecessorGroupId())) {
            Map<String, Object> before = task.snapshot();
            var assignedBefore = assignments.assignees(task);
            replace(task, a -> Long.valueOf(event.predecessorGroupId()).equals(a.groupId), successor);
            assignments.announce(task, assignedBefore);
            audit.record("MOVE", "Task", task.id, task.provinceId, "Chuyển nhiệm vụ sang " + name,
                    before, task.snapshot());
        }
    }

    /** Each matching assignment gives way to the successors in its role, without doubling one already there. */
    private static void replace(Task task, java.util.function.Predicate<TaskAssignment> old,
                                List<TaskAssignment> successors) {
        List<TaskAssignment> result = new ArrayList<>();
        for (TaskAssignment a : task.assignments) {
            if (!old.test(a)) {
                result.add(a);
                continue;
            }
            for (TaskAssignment s : successors) {
                boolean present = task.assignments.stream().anyMatch(x -> x.role == a.role
                        && Objects.equals(x.agencyId, s.agencyId) && Objects.equals(x.groupId, s.groupId))
                        || result.stream().anyMatch(x -> x.role == a.role
                        && Objects.equals(x.agencyId, s.agencyId) && Objects.equals(x.groupId, s.groupId));
                if (!present) {
                    result.add(TaskAssignment.of(a.role, s.agencyId, s.groupId, s.name, a.printed, 0));
                }
            }
        }
        for (int i = 0; i < result.size(); i++) {
            result.get(i).position = i;
        }
        task.assignments.clear();
        task.assignments.addAll(result);
        task.refreshSearchText();
    }
}
