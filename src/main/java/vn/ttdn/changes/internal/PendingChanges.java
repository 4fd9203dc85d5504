package vn.ttdn.changes.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks;

/**
 * The provinces one transaction changed. Their versions move just before it commits, after Hibernate's last flush
 * (so every entity written is counted) and on its connection (so the move commits or rolls back with the data);
 * this node learns the new versions once the commit succeeded.
 */
final class PendingChanges implements TransactionCompletionCallbacks.BeforeCompletionCallback,
        TransactionCompletionCallbacks.AfterCompletionCallback {

    private final DataVersions versions;
    private final Map<Long, Long> provinces = new TreeMap<>();

    private PendingChanges(DataVersions versions) {
        this.versions = versions;
    }

    static PendingChanges register(SharedSessionContractImplementor session, DataVersions versions) {
        PendingChanges changes = new PendingChanges(versions);
        session.getTransactionCompletionCallbacks().registerCallback(
                (TransactionCompletionCallbacks.BeforeCompletionCallback) changes);
        session.getTransactionCompletionCallbacks().registerCallback(
                (TransactionCompletionCallbacks.AfterCompletionCallback) changes);
        return changes;
    }

    synchronized void add(long province) {
        provinces.putIfAbsent(province, null);
    }

    @Override
    public synchronized void doBeforeTransactionCompletion(SharedSessionContractImplementor session) {
        Connection connection = session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection();
        try {
            for (Map.Entry<Long, Long> province : provinces.entrySet()) {
                province.setValue(DataVersions.bump(connection, province.getKey()));
            }
        } catch (SQLException e) {
            throw new HibernateException("Cannot move the data versions of provinces " + provinces.keySet(), e);
        }
    }

    @Override
    public synchronized void doAfterTransactionCompletion(boolean success, SharedSessionContractImplementor session) {
        versions.finished(session);
        if (success) {
            provinces.forEach((province, version) -> {
                if (version != null) {
                    versions.learn(province, version);
                }
            });
        }
    }
}
