package vn.ttdn.intake.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Seed documents extracted per CPU-second of one thread, for a machine too loaded for {@link ExtractionBenchmark}'s
 * wall-clock figures: thread CPU time does not count the time other processes hold the cores. Six rounds of two
 * CPU-seconds; the last ones are the warm figure.
 * Run: {@code java -cp target/test-classes:target/classes vn.ttdn.intake.bench.ExtractionCpuRate}.
 */
public final class ExtractionCpuRate {

    private ExtractionCpuRate() {
    }

    public static void main(String[] args) throws Exception {
        ExtractionBenchmark bench = new ExtractionBenchmark();
        bench.load();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= 6; round++) {
            long start = mx.getCurrentThreadCpuTime();
            long documents = 0;
            while (mx.getCurrentThreadCpuTime() - start < 2_000_000_000L) {
                documents += bench.extractEach();
            }
            double seconds = (mx.getCurrentThreadCpuTime() - start) / 1e9;
            System.out.printf("round %d: %.0f seed documents per CPU-second%n", round, documents / seconds);
        }
    }
}
