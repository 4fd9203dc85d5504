package vn.ttdn.tracking;

import java.util.List;
import vn.ttdn.common.Download;

/**
 * Progress on tasks: updates with evidence, comments. An agency reports only on tasks it leads or helps with;
 * updates are read by the agencies on the task and by the province's coordinators and leaders.
 */
public interface Tracking {

    long postUpdate(long taskId, UpdateForm form, List<UploadedFile> files);

    List<UpdateView> updates(long taskId);

    /**
     * An evidence file for whoever may read its task's updates (404 for anyone else), checked here, before a byte
     * is sent; the bytes are read from the database while the download is written.
     */
    Download evidence(long evidenceId);

    long comment(long taskId, String body);

    List<CommentView> comments(long taskId);

    /** Whether the signed-in user may read the task's updates and comments. */
    boolean canFollow(long taskId);

    /** Whether the signed-in user may post updates on the task (for showing the form). */
    boolean canReport(long taskId);
}
