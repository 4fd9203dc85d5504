package vn.ttdn.identity.internal;

import jakarta.persistence.EntityManager;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The number behind {@link vn.ttdn.identity.AuditTrail#lastChange()}, kept in memory because caches ask it on every
 * request. A change made by this application moves it as its transaction commits, so the page a user is sent to
 * after saving is already built from the new data. A change made by another process on the same database (a second
 * instance, the command line) is noticed within a second by looking at the audit log's head.
 */
@Component
class ChangeCounter {

    private final AtomicLong value = new AtomicLong();
    private final EntityManager em;
    private Long seenHead;

    ChangeCounter(EntityManager em) {
        this.em = em;
    }

    long value() {
        return value.get();
    }

    /**
     * Moves the counter when the current transaction commits (a rolled-back change changed nothing), and takes
     * note of the audit entry so that the next look at the head does not count it a second time.
     */
    void countOnCommit(long auditEntryId) {
        Runnable count = () -> {
            synchronized (this) {
                seenHead = seenHead == null ? auditEntryId : Math.max(seenHead, auditEntryId);
            }
            value.incrementAndGet();
        };
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    count.run();
                }
            });
        } else {
            count.run();
        }
    }

    @Scheduled(fixedDelayString = "${ttdn.change-poll-millis:1000}")
    @Transactional(readOnly = true)
    void noticeOtherWriters() {
        Long head = em.createQuery("select max(a.id) from AuditEntry a", Long.class).getSingleResult();
        synchronized (this) {
            if (seenHead != null && !seenHead.equals(head)) {
                value.incrementAndGet();
            }
            seenHead = head;
        }
    }
}
