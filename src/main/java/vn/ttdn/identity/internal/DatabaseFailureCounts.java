package vn.ttdn.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Failure counts in {@code login_failure}, shared by every node: a guesser is slowed down however the load balancer
 * spreads her attempts. One row per kind and key; counting is one statement, so two nodes counting at once lose
 * nothing.
 */
final class DatabaseFailureCounts implements FailureCounts {

    private final JdbcClient jdbc;
    private final String kind;

    DatabaseFailureCounts(JdbcClient jdbc, String kind) {
        this.jdbc = jdbc;
        this.kind = kind;
    }

    @Override
    public Duration remaining(String key, Instant now) {
        return jdbc.sql("select until_at from login_failure where kind = :kind and name = :name")
                .param("kind", kind).param("name", key).query(OffsetDateTime.class).optional()
                .map(OffsetDateTime::toInstant).filter(until -> until.isAfter(now))
                .map(until -> Duration.between(now, until)).orElse(Duration.ZERO);
    }

    @Override
    public Count fail(String key, Instant now, int atLeast) {
        OffsetDateTime at = now.atOffset(ZoneOffset.UTC);
        int failures = jdbc.sql("insert into login_failure (kind, name, failures, last_at, until_at)"
                        + " values (:kind, :name, greatest(1, :atLeast), :now, :now)"
                        + " on conflict (kind, name) do update set failures = greatest(case"
                        + " when login_failure.last_at < :forgetBefore then 1 else login_failure.failures + 1 end,"
                        + " :atLeast), last_at = :now returning failures")
                .param("kind", kind).param("name", key).param("atLeast", atLeast).param("now", at)
                .param("forgetBefore", at.minus(LoginThrottle.FORGET_AFTER))
                .query(Integer.class).single();
        Duration delay = LoginThrottle.delayAfter(failures);
        jdbc.sql("update login_failure set until_at = :until where kind = :kind and name = :name")
                .param("until", at.plus(delay)).param("kind", kind).param("name", key).update();
        return new Count(failures, delay);
    }

    @Override
    public void clear(String key) {
        jdbc.sql("delete from login_failure where kind = :kind and name = :name")
                .param("kind", kind).param("name", key).update();
    }

    @Override
    public int size() {
        return jdbc.sql("select count(*) from login_failure where kind = :kind").param("kind", kind)
                .query(Integer.class).single();
    }

    /** Counts idle for an hour are forgotten anyway; deleting them only keeps the table small. */
    static void forgetIdle(JdbcClient jdbc, Instant now) {
        jdbc.sql("delete from login_failure where last_at < :before")
                .param("before", now.atOffset(ZoneOffset.UTC).minus(LoginThrottle.FORGET_AFTER)).update();
    }
}
