package vn.ttdn.tracking.internal;

import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ttdn.changes.DataChanges;
import vn.ttdn.common.Download;
import vn.ttdn.common.ForbiddenException;
import vn.ttdn.common.NotFoundException;
import vn.ttdn.common.UserFacingException;
import vn.ttdn.common.database.StoredBytes;
import vn.ttdn.directory.Directory;
import vn.ttdn.identity.AuditTrail;
import vn.ttdn.identity.CurrentUser;
import vn.ttdn.identity.UserAccounts;
import vn.ttdn.planning.Tasks;
import vn.ttdn.planning.TaskProgressed;
import vn.ttdn.planning.TaskStatus;
import vn.ttdn.planning.TaskView;
import vn.ttdn.tracking.CommentView;
import vn.ttdn.tracking.Tracking;
import vn.ttdn.tracking.UpdateForm;
import vn.ttdn.tracking.UpdateView;
import vn.ttdn.tracking.UploadedFile;

@Service
@Transactional
class TrackingService implements Tracking {

    private final EntityManager em;
    private final Tasks tasks;
    private final Directory directory;
    private final AuditTrail audit;
    private final UserAccounts users;
    private final EvidencePolicy policy;
    private final int maxFiles;
    private final StoredBytes stored;
    private final ApplicationEventPublisher events;
    private final DataChanges changes;

    TrackingService(EntityManager em, Tasks tasks, Directory directory, AuditTrail audit,
                    UserAccounts users, vn.ttdn.common.UploadLimits limits, DataSource dataSource,
                    ApplicationEventPublisher events, DataChanges changes) {
        this.em = em;
        this.tasks = tasks;
        this.directory = directory;
        this.audit = audit;
        this.users = users;
        this.policy = new EvidencePolicy(limits.evidenceMaxBytes());
        this.maxFiles = limits.evidenceMaxFiles();
        this.stored = new StoredBytes(dataSource, "evidence_content", "content", "evidence_id");
        this.events = events;
        this.changes = changes;
    }

    @Override
    public long postUpdate(long taskId, UpdateForm form, List<UploadedFile> files) {
        TaskView task = tasks.task(taskId);
        CurrentUser user = CurrentUser.get();
        if (!canReport(user, task)) {
            throw new ForbiddenException("update.forbidden.notAssigned");
        }
        if (form.getStatus() == TaskStatus.DONE && form.getPercent() != 100) {
            throw new UserFacingException("percent", "update.percent.doneMeans100");
        }
        if (files.size() > maxFiles) {
            throw new UserFacingException("files", "update.files.tooMany", String.valueOf(maxFiles));
        }
        List<String> types = files.stream().map(f -> policy.check(f.fileName(), f.content())).toList();
        ProgressUpdate update = new ProgressUpdate();
        update.taskId = taskId;
        update.agencyId = user.agencyId();
        update.author = user.username();
        update.status = form.getStatus();
        update.percent = form.getPercent();
        update.narrative = form.getNarrative().strip();
        em.persist(update);
        em.flush();
        // Updates, their files and comments carry no province of their own: the task's province changed.
        changes.changed(task.provinceId());
        for (int i = 0; i < files.size(); i++) {
            store(evidence(update.id, files.get(i), types.get(i)), files.get(i).content());
        }
        // Planning takes the report as the task's status within this transaction (see planning's ProgressListener).
        events.publishEvent(new TaskProgressed(task.provinceId(), task.planId(), taskId, update.status, update.percent,
                update.createdAt));
        Map<String, Object> after = update.snapshot();
        after.put("files", files.stream().map(UploadedFile::fileName).toList());
        audit.record("CREATE", "ProgressUpdate", update.id, task.provinceId(), "Cập nhật tiến độ nhiệm vụ #" + taskId,
                null, after);
        return update.id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<UpdateView> updates(long taskId) {
        requireFollow(tasks.task(taskId));
        List<ProgressUpdate> updates = em.createQuery(
                        "select u from ProgressUpdate u where u.taskId = :t order by u.createdAt desc, u.id desc",
                        ProgressUpdate.class)
                .setParameter("t", taskId).setMaxResults(500).getResultList();
        Map<Long, List<UpdateView.EvidenceView>> evidence = evidenceOf(updates);
        Map<Long, String> names = new HashMap<>();
        // Stored with the login name; people read them signed with the person's name.
        Map<String, String> authors = users.fullNames(updates.stream().map(u -> u.author).toList());
        return updates.stream().map(u -> new UpdateView(u.id, u.taskId, u.agencyId,
                names.computeIfAbsent(u.agencyId, id -> directory.agency(id).fullName()), u.author,
                authors.getOrDefault(u.author, u.author), u.status,
                u.percent, u.narrative, u.createdAt, evidence.getOrDefault(u.id, List.of()))).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Download evidence(long evidenceId) {
        EvidenceFile file = em.find(EvidenceFile.class, evidenceId);
        if (file == null) {
            throw new NotFoundException("updates.what.evidence");
        }
        ProgressUpdate update = em.find(ProgressUpdate.class, file.updateId);
        requireFollow(tasks.task(update.taskId));
        long length = stored.length(file.id).orElseThrow(() -> new NotFoundException("updates.what.evidence"));
        return new Download(file.fileName, file.contentType, length, file.sha256, stored.open(file.id, length));
    }

    @Override
    public long comment(long taskId, String body) {
        TaskView task = tasks.task(taskId);
        requireFollow(task);
        if (CurrentUser.get().has(vn.ttdn.identity.Role.VIEWER) && CurrentUser.get().roles().size() == 1) {
            throw new ForbiddenException("comment.forbidden.viewer");
        }
        if (body == null || body.isBlank()) {
            throw new UserFacingException("body", "comment.body.required");
        }
        if (body.length() > 5000) {
            throw new UserFacingException("body", "comment.body.tooLong");
        }
        TaskComment comment = new TaskComment();
        comment.taskId = taskId;
        comment.agencyId = CurrentUser.get().agencyId();
        comment.author = CurrentUser.get().username();
        comment.body = body.strip();
        em.persist(comment);
        em.flush();
        changes.changed(task.provinceId());
        audit.record("CREATE", "TaskComment", comment.id, task.provinceId(), "Bình luận nhiệm vụ #" + taskId, null,
                Map.of("body", comment.body));
        return comment.id;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CommentView> comments(long taskId) {
        requireFollow(tasks.task(taskId));
        Map<Long, String> names = new HashMap<>();
        List<TaskComment> comments = em.createQuery(
                        "select c from TaskComment c where c.taskId = :t order by c.createdAt, c.id", TaskComment.class)
                .setParameter("t", taskId).getResultList();
        Map<String, String> authors = users.fullNames(comments.stream().map(c -> c.author).toList());
        return comments.stream().map(c -> new CommentView(c.id, c.taskId, c.agencyId == null ? null
                        : names.computeIfAbsent(c.agencyId, id -> directory.agency(id).fullName()),
                        c.author, authors.getOrDefault(c.author, c.author), c.body, c.createdAt)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canFollow(long taskId) {
        TaskView task = tasks.task(taskId);
        CurrentUser user = CurrentUser.get();
        return user.readsWholeProvince(task.provinceId())
                || (user.agencyId() != null && tasks.concerns(task.id(), user.agencyId()));
    }

    @Override
    @Transactional(readOnly = true)
    public boolean canReport(long taskId) {
        return canReport(CurrentUser.get(), tasks.task(taskId));
    }

    private boolean canReport(CurrentUser user, TaskView task) {
        return user.agencyId() != null && user.actsFor(user.agencyId())
                && tasks.concerns(task.id(), user.agencyId());
    }

    /** Coordinators and leaders of the province follow every task; an agency follows the tasks it is on. */
    private void requireFollow(TaskView task) {
        if (!canFollow(task.id())) {
            throw new NotFoundException("tasks.what");
        }
    }

    private Map<Long, List<UpdateView.EvidenceView>> evidenceOf(List<ProgressUpdate> updates) {
        if (updates.isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = em.createQuery("select e.updateId, e.id, e.fileName, e.contentType, e.sizeBytes"
                        + " from EvidenceFile e where e.updateId in :ids order by e.id", Object[].class)
                .setParameter("ids", updates.stream().map(u -> u.id).toList()).getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (Long) r[0], Collectors.mapping(
                r -> new UpdateView.EvidenceView((Long) r[1], (String) r[2], (String) r[3], (Long) r[4]),
                Collectors.toList())));
    }

    private void store(EvidenceFile file, byte[] content) {
        em.persist(file);
        // Written by SQL, not as an entity: the persistence context would keep the bytes a second time.
        em.createNativeQuery("insert into evidence_content (evidence_id, content) values (?, ?)")
                .setParameter(1, file.id).setParameter(2, content).executeUpdate();
    }

    private static EvidenceFile evidence(long updateId, UploadedFile file, String contentType) {
        EvidenceFile e = new EvidenceFile();
        e.updateId = updateId;
        e.fileName = file.fileName().strip();
        e.contentType = contentType;
        e.sizeBytes = file.content().length;
        e.sha256 = sha256(file.content());
        return e;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
