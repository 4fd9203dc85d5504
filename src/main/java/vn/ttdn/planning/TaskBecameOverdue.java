package vn.ttdn.planning;

import java.time.LocalDate;
import java.util.List;

/**
 * A task's due date passed without it being finished: published once per task and due date by the daily overdue
 * watch (a new due date that passes is announced again), inside the transaction that records the announcement.
 *
 * @param leadAgencyIds the agencies leading it (a lead printed as a group is not listed)
 */
public record TaskBecameOverdue(long provinceId, long planId, long taskId, LocalDate dueOn, List<Long> leadAgencyIds) {

    public TaskBecameOverdue {
        leadAgencyIds = List.copyOf(leadAgencyIds);
    }
}
