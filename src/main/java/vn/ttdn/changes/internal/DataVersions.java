package vn.ttdn.changes.internal;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.ttdn.changes.DataChanges;
import vn.ttdn.changes.DataVersion;

/**
 * The versions as this node knows them, in memory: a cached page is looked up on every request, and reading
 * {@code data_version} each time would cost a database round trip per hit. They are exact for this node's own writes
 * (taken as the writing transaction commits, so the page after "save" is already fresh) and at most
 * {@code ttdn.change-poll-millis} old for another node's (or the command line's), which {@link #poll} reads.
 */
@Component
class DataVersions implements DataChanges {

    static final long NATIONAL = 0;
    private static final String BUMP = "insert into data_version (province_id, version) values (?, 1)"
            + " on conflict (province_id) do update set version = data_version.version + 1 returning version";

    private final Map<Long, Long> known = new ConcurrentHashMap<>();
    private final Map<SharedSessionContractImplementor, PendingChanges> pending = new ConcurrentHashMap<>();
    private final EntityManager em;
    private final JdbcClient jdbc;
    private volatile long total;

    DataVersions(EntityManager em, DataSource dataSource) {
        this.em = em;
        this.jdbc = JdbcClient.create(dataSource);
    }

    @Override
    public void changed(Long provinceId) {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            changedIn(em.unwrap(SharedSessionContractImplementor.class), provinceId);
        } else {
            jdbc.sql(BUMP).param(key(provinceId)).query(Long.class).optional()
                    .ifPresent(version -> learn(key(provinceId), version));
        }
    }

    /** Called by the entity listener and by {@link #changed}: counted once per province when the session commits. */
    void changedIn(SharedSessionContractImplementor session, Long provinceId) {
        pending.computeIfAbsent(session, s -> PendingChanges.register(s, this)).add(key(provinceId));
    }

    @Override
    public DataVersion version(Set<Long> provinces) {
        long number = known.getOrDefault(NATIONAL, 0L);
        for (Long province : provinces) {
            number += known.getOrDefault(province, 0L);
        }
        return DataVersion.of(provinces, number);
    }

    @Override
    public DataVersion everyProvince() {
        return new DataVersion(DataVersion.EVERY_PROVINCE, total);
    }

    /** Other nodes' changes: a local timer on every node (not a cluster job), a single small query. */
    @Scheduled(fixedDelayString = "${ttdn.change-poll-millis:500}")
    void poll() {
        jdbc.sql("select province_id, version from data_version")
                .query((rs, row) -> {
                    learn(rs.getLong(1), rs.getLong(2));
                    return null;
                }).list();
    }

    /** Versions only grow: whichever of poll and commit tells first, the larger number stands. */
    synchronized void learn(long province, long version) {
        long old = known.getOrDefault(province, 0L);
        if (version > old) {
            known.put(province, version);
            total += version - old;
        }
    }

    void finished(SharedSessionContractImplementor session) {
        pending.remove(session);
    }

    /** Moves the provinces' versions on the transaction's own connection, in province order (no deadlock). */
    static long bump(Connection connection, long province) throws SQLException {
        try (PreparedStatement bump = connection.prepareStatement(BUMP)) {
            bump.setLong(1, province);
            try (ResultSet rs = bump.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static long key(Long provinceId) {
        return provinceId == null ? NATIONAL : provinceId;
    }
}
