package vn.ttdn.common.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ttdn.TtdnApplication;

/**
 * An event whose listener fails is not lost: its publication stays incomplete in {@code event_publication}, and when
 * the application starts again on the same database the event is delivered again and the publication completed.
 */
class RepublishAfterRestartTest {

    @TempDir
    Path data;

    @Test
    void aPublicationLeftIncompleteByAFailingListenerIsCompletedAfterARestart() {
        ProbeListener.failing.set(true);
        try (ConfigurableApplicationContext first = start()) {
            publishInTransaction(first, new Probe("Kế hoạch 12/KH-UBND"));
            assertThat(ProbeListener.handled).isEmpty();
            assertThat(incomplete(first)).as("publications still to be handled").isEqualTo(1);
        }

        ProbeListener.failing.set(false);
        try (ConfigurableApplicationContext second = start()) {
            assertThat(ProbeListener.handled).containsExactly(new Probe("Kế hoạch 12/KH-UBND"));
            assertThat(incomplete(second)).isZero();
        }
    }

    /**
     * Arguments, as on the command line, override application.properties (its port 8080 among them). The data
     * directory is new for each test and not cleaned: a clean one is deleted when the first application stops.
     */
    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TtdnApplication.class).sources(ProbeListener.class)
                .run("--server.port=0", "--ttdn.demo=false", "--ttdn.data-dir=" + data,
                        "--ttdn.db.embedded.durable=false", "--ttdn.db.embedded.clean=false");
    }

    private static void publishInTransaction(ConfigurableApplicationContext context, Object event) {
        context.getBean(TransactionTemplate.class).executeWithoutResult(
                status -> context.publishEvent(event));
    }

    private static long incomplete(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("select count(*) from event_publication"
                + " where completion_date is null and event_type = ?").param(Probe.class.getName())
                .query(Long.class).single();
    }

    record Probe(String subject) {
    }

    /** Registered only in this test's applications: fails while the flag is up, as a listener might on a bad day. */
    static class ProbeListener {

        static final AtomicBoolean failing = new AtomicBoolean();
        static final List<Probe> handled = new CopyOnWriteArrayList<>();

        @ApplicationModuleListener
        void on(Probe probe) {
            if (failing.get()) {
                throw new IllegalStateException("listener down");
            }
            handled.add(probe);
        }
    }
}
