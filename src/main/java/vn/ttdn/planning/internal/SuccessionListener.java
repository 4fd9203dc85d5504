package vn.ttdn.planning.internal;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ttdn.directory.AgencySucceeded;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.AuditTrail;

/**
 * When an agency is merged or renamed, its open tasks move to the successor; finished ones keep the old name,
 * which is the history. Runs inside the reorganisation's transaction: both happen or neither.
 */
@Component
class SuccessionListener {

    private final TaskRepository tasks;
    private final Directory directory;
    private final AuditTrail audit;

    SuccessionListener(TaskRepository tasks, Directory directory, AuditTrail audit) {
        this.tasks = tasks;
        this.directory = directory;
        this.audit = audit;
    }

    @EventListener
    void on(AgencySucceeded event) {
        String successorName = directory.agency(event.successorId()).fullName();
        for (Task task : tasks.openTasksOf(event.predecessorId())) {
            Map<String, Object> before = task.snapshot();
            boolean alreadyThere = task.assignments.stream()
                    .anyMatch(a -> Long.valueOf(event.successorId()).equals(a.agencyId));
            task.assignments.removeIf(a -> alreadyThere && Long.valueOf(event.predecessorId()).equals(a.agencyId));
            task.assignments.stream().filter(a -> Long.valueOf(event.predecessorId()).equals(a.agencyId))
                    .forEach(a -> {
                        a.agencyId = event.successorId();
                        a.name = successorName;
                    });
            task.refreshSearchText();
            audit.record("MOVE", "Task", task.id, task.provinceId, "Chuyển nhiệm vụ sang " + successorName,
                    before, task.snapshot());
        }
    }
}
