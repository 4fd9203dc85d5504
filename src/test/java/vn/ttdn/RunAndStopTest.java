package vn.ttdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command as a person uses it: the log says when the application is ready and where, and a stop signal
 * (what Ctrl-C under {@code ./mvnw spring-boot:run} ends in) is a clean stop with exit status 0.
 */
class RunAndStopTest {

    @TempDir
    Path data;

    @Test
    void saysWhereItIsReadyAndStopsCleanlyOnATermSignal() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), TtdnApplication.class.getName(),
                "--server.port=0", "--ttdn.demo=false", "--ttdn.data-dir=" + data).redirectErrorStream(true);
        Process application = builder.start();
        String ready = null;
        try (BufferedReader log = new BufferedReader(
                new InputStreamReader(application.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = log.readLine()) != null) {
                if (line.contains("TTĐN đã sẵn sàng / is ready")) {
                    ready = line;
                    break;
                }
            }
            assertThat(ready).as("the ready line").isNotNull().containsPattern("http://localhost:\\d+");
            application.destroy(); // SIGTERM
            assertThat(application.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(application.exitValue()).as("exit status after a stop signal").isZero();
        } finally {
            application.destroyForcibly();
        }
    }
}
