package vn.ttdn.planning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.directory.AgencyView;
import vn.ttdn.directory.Directory;
import vn.ttdn.directory.GroupView;
import vn.ttdn.directory.NameMatch;
import vn.ttdn.planning.AssignmentRole;
import vn.ttdn.planning.TaskAssigned;

/** Turns what a form or a document gives for lead and coordinating agencies into assignments. */
@Component
class Assignments {

    private final Directory directory;
    private final ApplicationEventPublisher events;

    Assignments(Directory directory, ApplicationEventPublisher events) {
        this.directory = directory;
        this.events = events;
    }

    /** An agency given a task in a role. */
    record Assignee(long agencyId, AssignmentRole role) {
    }

    /** The agencies a task is given to, each with its role; a group stands for its members. */
    Set<Assignee> assignees(Task task) {
        Set<Assignee> result = new LinkedHashSet<>();
        for (TaskAssignment a : task.assignments) {
            if (a.agencyId != null) {
                result.add(new Assignee(a.agencyId, a.role));
            } else if (a.groupId != null) {
                directory.membersOf(a.groupId).forEach(m -> result.add(new Assignee(m.id(), a.role)));
            }
        }
        return result;
    }

    /** Publishes one {@link TaskAssigned} for each agency and role the (saved) task has now and had not before. */
    void announce(Task task, Set<Assignee> before) {
        for (Assignee a : assignees(task)) {
            if (!before.contains(a)) {
                events.publishEvent(new TaskAssigned(task.provinceId, task.planId, task.id, a.agencyId(), a.role()));
            }
        }
    }

    /** From form references "A:12" (agency) and "G:3" (group); anything unknown is refused. */
    List<TaskAssignment> fromReferences(long provinceId, AssignmentRole role, List<String> refs, String field) {
        List<TaskAssignment> result = new ArrayList<>();
        int position = 0;
        if (refs == null) {
            return result;
        }
        for (String ref : refs) {
            if (ref == null || ref.isBlank()) {
                continue;
            }
            result.add(fromReference(provinceId, role, ref.strip(), field, position++));
        }
        return result;
    }

    private TaskAssignment fromReference(long provinceId, AssignmentRole role, String ref, String field, int pos) {
        try {
            long id = Long.parseLong(ref.substring(2));
            if (ref.startsWith("A:")) {
                AgencyView agency = directory.agency(id);
                if (agency.provinceId() == provinceId && agency.active()) {
                    return TaskAssignment.of(role, id, null, agency.fullName(), null, pos);
                }
            } else if (ref.startsWith("G:")) {
                GroupView group = directory.group(id);
                if (group.provinceId() == provinceId) {
                    return TaskAssignment.of(role, null, id, group.name(), null, pos);
                }
            }
        } catch (RuntimeException unknown) {
            // answered below with one message for every kind of unknown reference
        }
        throw new UserFacingException(field, "task.agency.unknown", ref);
    }

    /** From names as printed: resolved where the directory knows them, kept as printed where not. */
    List<TaskAssignment> fromPrinted(long provinceId, AssignmentRole role, List<String> printed) {
        List<TaskAssignment> result = new ArrayList<>();
        int position = 0;
        for (String name : printed) {
            if (name == null || name.isBlank()) {
                continue;
            }
            NameMatch match = directory.resolve(provinceId, name);
            if (match.agencyId() == null) {
                result.add(TaskAssignment.of(role, null, match.groupId(), match.resolvedName(), cut(name.strip()),
                        position++));
                continue;
            }
            // An ended agency stands for whoever does its work now: one successor, or several after a split.
            for (NameMatch now : directory.currentSuccessors(match.agencyId())) {
                result.add(TaskAssignment.of(role, now.agencyId(), now.groupId(), now.resolvedName(),
                        cut(name.strip()), position++));
            }
        }
        return result;
    }

    private static String cut(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300);
    }
}
