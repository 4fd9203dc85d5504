package vn.ttdn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** bin/test-prerequisites, which the test command runs first: silent when all is there, names what is missing. */
class TestPrerequisitesTest {

    @Test
    void passesQuietlyWhenEverythingIsInstalled() throws Exception {
        Result result = run(Map.of("TTDN_PREREQUISITES", "check"));
        assertThat(result.exitCode).as(result.output).isZero();
        assertThat(result.output).isBlank();
    }

    @Test
    void stopsAtOnceNamingAMissingBrowserWhenItMayNotInstall() throws Exception {
        Result result = run(Map.of("TTDN_PREREQUISITES", "check", "TTDN_CHROMIUM", "/nonexistent/chromium"));
        assertThat(result.exitCode).isEqualTo(1);
        assertThat(result.output).contains("THIẾU ĐIỀU KIỆN KIỂM THỬ", "chromium", "apt-get install chromium");
    }

    private record Result(int exitCode, String output) {}

    private static Result run(Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", "bin/test-prerequisites").redirectErrorStream(true);
        builder.environment().remove("TTDN_CHROMIUM");
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }
}
