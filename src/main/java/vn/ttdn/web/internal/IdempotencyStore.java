package vn.ttdn.web.internal;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The first answer to a request marked as repeatable (an API call's Idempotency-Key, a page form's one-time id), per
 * user, for 24 hours. Rows live in the database, not in memory, so a retry that reaches another node of a cluster
 * is recognised too; every statement commits on its own, so another request sees a claim at once.
 */
@Component
class IdempotencyStore {

    enum Kind { API, FORM }

    /** What a first request left: its fingerprint, and its answer once it has one. */
    record Stored(String hash, boolean completed, Integer status, String contentType, String location, byte[] body) {
    }

    private static final String EXPIRED = "created_at < now() - interval '24 hours'";

    /**
     * A claim takes over an expired key, or a claim still open after 10 minutes: a request runs seconds, an upload
     * on a slow line a few minutes, so such a claim was left by a node that stopped mid-way.
     */
    private static final String CLAIM = "insert into idempotent_request (user_id, kind, request_key, request_hash)"
            + " values (:user, :kind, :key, :hash)"
            + " on conflict (user_id, kind, request_key) do update set request_hash = excluded.request_hash,"
            + " created_at = now(), completed = false, status = null, content_type = null, location = null,"
            + " body = null"
            + " where idempotent_request.created_at < now() - interval '24 hours'"
            + " or (not idempotent_request.completed"
            + " and idempotent_request.created_at < now() - interval '10 minutes')";

    private final JdbcClient jdbc;

    IdempotencyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** True when this request is the first with the key (or the key's earlier use has expired): it does the work. */
    boolean claim(long user, Kind kind, String key, String hash) {
        return jdbc.sql(CLAIM)
                .param("user", user).param("kind", kind.name()).param("key", key).param("hash", hash)
                .update() == 1;
    }

    /** The live use of the key, if any. */
    Optional<Stored> find(long user, Kind kind, String key) {
        return jdbc.sql("select request_hash, completed, status, content_type, location, body from idempotent_request"
                        + " where user_id = :user and kind = :kind and request_key = :key and not " + EXPIRED)
                .param("user", user).param("kind", kind.name()).param("key", key)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getBoolean(2), (Integer) rs.getObject(3),
                        rs.getString(4), rs.getString(5), rs.getBytes(6)))
                .optional();
    }

    /** The claimant's answer, replayed to every retry from now on. */
    void complete(long user, Kind kind, String key, int status, String contentType, String location, byte[] body) {
        jdbc.sql("update idempotent_request set completed = true, status = :status, content_type = :type,"
                        + " location = :location, body = :body"
                        + " where user_id = :user and kind = :kind and request_key = :key")
                .param("status", status).param("type", contentType).param("location", location).param("body", body)
                .param("user", user).param("kind", kind.name()).param("key", key)
                .update();
    }

    /** Gives the key up: the claimant's answer is not kept, so a retry is processed anew. */
    void release(long user, Kind kind, String key) {
        jdbc.sql("delete from idempotent_request where user_id = :user and kind = :kind and request_key = :key"
                        + " and not completed")
                .param("user", user).param("kind", kind.name()).param("key", key)
                .update();
    }

    /**
     * Expired keys are never answered from (see {@link #find}); this only keeps the table small. Once an hour per
     * cluster, not per node: a recurring db-scheduler task ({@link WebJobs}).
     */
    void removeExpired() {
        jdbc.sql("delete from idempotent_request where " + EXPIRED).update();
    }
}
