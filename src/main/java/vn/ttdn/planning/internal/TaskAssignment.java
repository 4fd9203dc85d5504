package vn.ttdn.planning.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import vn.ttdn.planning.AssignmentRole;
import vn.ttdn.planning.AssignmentView;

@Entity
class TaskAssignment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;
    @jakarta.persistence.Column(name = "task_id", insertable = false, updatable = false)
    Long taskId;
    @Enumerated(EnumType.STRING)
    AssignmentRole role;
    Long agencyId;
    Long groupId;
    String printed;
    /** The resolved name, kept here so lists need no lookups; refreshed when the agency is succeeded. */
    String name;
    int position;

    static TaskAssignment of(AssignmentRole role, Long agencyId, Long groupId, String name, String printed,
                             int position) {
        TaskAssignment a = new TaskAssignment();
        a.role = role;
        a.agencyId = agencyId;
        a.groupId = groupId;
        a.name = name;
        a.printed = printed;
        a.position = position;
        return a;
    }

    String label() {
        return name != null ? name : printed;
    }

    AssignmentView view() {
        return new AssignmentView(role, agencyId, groupId, label(), printed);
    }
}
