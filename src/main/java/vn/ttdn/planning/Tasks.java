package vn.ttdn.planning;

import java.util.Set;
import vn.ttdn.common.ListQuery;
import vn.ttdn.common.PageResult;

/** The tasks of plans. Reads and writes follow the rights on the task's plan (see {@link Plans}). */
public interface Tasks {

    PageResult<TaskView> tasks(TaskFilter filter, ListQuery query);

    /** How many tasks the filter selects, without loading any. */
    long countTasks(TaskFilter filter);

    TaskView task(long id);

    long createTask(long planId, TaskForm form);

    void updateTask(long id, TaskForm form);

    void archiveTask(long id);

    /** Whether the agency leads or helps with the task, directly or through a group it belongs to. */
    boolean concerns(long taskId, long agencyId);

    /** Agency ids of a task's lead and coordinating agencies, groups expanded. */
    Set<Long> agenciesOf(long taskId);
}
