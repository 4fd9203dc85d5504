package vn.ttdn.planning.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.common.NotFoundException;
import vn.ttdn.planning.TaskProgressed;

/** Progress reported in tracking becomes the task's status and percent. */
@Component
class ProgressListener {

    private final TaskRepository tasks;

    ProgressListener(TaskRepository tasks) {
        this.tasks = tasks;
    }

    /**
     * Synchronous, inside the reporting transaction, on purpose: the user sees the task's new status on the very next
     * page after saving her update, which an asynchronous after-commit listener would not guarantee. Idempotent (see
     * {@link Task#recordProgress}), so that a redelivered event is harmless; g-events decides the final mode.
     */
    @EventListener
    @Transactional
    void on(TaskProgressed progress) {
        Task task = tasks.findById(progress.taskId()).orElseThrow(() -> new NotFoundException("planning.what.task"));
        task.recordProgress(progress.status(), progress.percent(), progress.at());
    }
}
