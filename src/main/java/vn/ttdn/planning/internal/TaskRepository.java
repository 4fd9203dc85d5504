package vn.ttdn.planning.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TaskRepository extends JpaRepository<Task, Long> {

    List<Task> findByPlanIdAndArchivedFalseOrderByPosition(long planId);

    @Query("select count(t) from Task t where t.planId = :planId and t.archived = false")
    long countActive(long planId);

    @Query("select distinct t from Task t join t.assignments a where a.agencyId = :agencyId and t.status not in"
            + " (vn.ttdn.planning.TaskStatus.DONE, vn.ttdn.planning.TaskStatus.CANCELLED)")
    List<Task> openTasksOf(long agencyId);

    @Query("select distinct t from Task t join t.assignments a where a.groupId = :groupId and t.status not in"
            + " (vn.ttdn.planning.TaskStatus.DONE, vn.ttdn.planning.TaskStatus.CANCELLED)")
    List<Task> openTasksOfGroup(long groupId);
}
