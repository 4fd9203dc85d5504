package vn.ttdn.identity.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions live in the database (Spring Session JDBC, tables by Flyway) so that any node serves any user. Left as they
 * come, they cost every request a Java deserialization of the security context and an UPDATE of the last access time
 * in its own transaction: more than a small page itself. Here a session's values are deserialized once per node
 * ({@link SessionValues}), a session is written only when something in it changed, and its last access at most once
 * per {@link #ACCESS_WRITE_INTERVAL}: a session idle for the whole timeout may end up to that interval early. Expired
 * sessions are deleted by one node of the cluster (a db-scheduler job), not by every node. Off
 * ({@code ttdn.sessions.in-database=false}): the servlet container's sessions, for tests that drive MockMvc.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty(name = "ttdn.sessions.in-database", matchIfMissing = true)
@EnableSpringHttpSession
class SessionStore {

    static final Duration ACCESS_WRITE_INTERVAL = Duration.ofMinutes(1);

    @Bean
    QuietSessions sessionRepository(DataSource dataSource,
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        // Its own light transactions (JDBC, not JPA): a session is read before any of the request's work.
        TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(dataSource));
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        JdbcIndexedSessionRepository stored = new JdbcIndexedSessionRepository(new JdbcTemplate(dataSource),
                transactions);
        stored.setDefaultMaxInactiveInterval(timeout);
        stored.setConversionService(SessionValues.conversionService(SessionStore.class.getClassLoader()));
        stored.setCleanupCron(Scheduled.CRON_DISABLED);
        return new QuietSessions(stored, ACCESS_WRITE_INTERVAL);
    }

    @Bean
    RecurringTask<Void> deleteExpiredSessions(QuietSessions sessions) {
        return Tasks.recurring("delete-expired-sessions", FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> sessions.stored.cleanUpExpiredSessions());
    }

    /** Writes a session only when it changed, and its last access only once the stored one is old enough. */
    static final class QuietSessions implements SessionRepository<QuietSession> {

        private final JdbcIndexedSessionRepository stored;
        private final SessionRepository<Session> jdbc;
        private final Duration accessWriteInterval;

        // Its session class is not public: it is handled as a Session, which is what the repository casts back to.
        @SuppressWarnings({"unchecked", "rawtypes"})
        QuietSessions(JdbcIndexedSessionRepository stored, Duration accessWriteInterval) {
            this.stored = stored;
            this.jdbc = (SessionRepository) stored;
            this.accessWriteInterval = accessWriteInterval;
        }

        @Override
        public QuietSession createSession() {
            QuietSession session = new QuietSession(jdbc.createSession(), accessWriteInterval);
            session.changed = true;
            return session;
        }

        @Override
        public void save(QuietSession session) {
            if (session.changed) {
                jdbc.save(session.stored);
                session.changed = false;
            }
        }

        @Override
        public QuietSession findById(String id) {
            Session stored = jdbc.findById(id);
            return stored == null ? null : new QuietSession(stored, accessWriteInterval);
        }

        @Override
        public void deleteById(String id) {
            jdbc.deleteById(id);
        }
    }

    /** A stored session that knows whether anything worth writing happened to it. */
    static final class QuietSession implements Session {

        private final Session stored;
        private final Duration accessWriteInterval;
        private boolean changed;

        QuietSession(Session stored, Duration accessWriteInterval) {
            this.stored = stored;
            this.accessWriteInterval = accessWriteInterval;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(accessWriteInterval))) {
                stored.setLastAccessedTime(lastAccessedTime);
                changed = true;
            }
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            stored.setAttribute(attributeName, attributeValue);
            changed = true;
        }

        @Override
        public void removeAttribute(String attributeName) {
            if (stored.getAttributeNames().contains(attributeName)) {
                stored.removeAttribute(attributeName);
                changed = true;
            }
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return stored.changeSessionId();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
            changed = true;
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return stored.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
