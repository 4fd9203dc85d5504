package vn.ttdn.intake.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.ttdn.intake.PlanExtractor;
import vn.ttdn.intake.extraction.TextNormalizer;

/**
 * Seed-sized documents extracted per second of this thread's CPU time: on a machine shared with other builds,
 * wall-clock throughput (JMH) measures the neighbours too, CPU time much less so. Run:
 * {@code java -cp target/test-classes:target/classes vn.ttdn.intake.bench.ExtractionCpu}.
 */
public final class ExtractionCpu {

    private static final String[] SEEDS = {"001_1feb9bf8732c19e8.txt", "002_c0e1b863b6fa9e35.txt",
            "003_96857d8186cc5170.txt", "004_b5f3c917d812ce75.txt"};

    private ExtractionCpu() {
    }

    public static void main(String[] args) throws IOException {
        List<String> texts = new ArrayList<>();
        for (String s : SEEDS) {
            try (InputStream in = ExtractionCpu.class.getResourceAsStream("/seeds/" + s)) {
                texts.add(TextNormalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
        PlanExtractor extractor = new PlanExtractor();
        ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < 300; i++) { // warm-up
            for (String t : texts) {
                sink += extractor.extract(t).tasks().size();
            }
        }
        long cpu = bean.getCurrentThreadCpuTime();
        int documents = 0;
        for (int i = 0; i < 1000; i++) {
            for (String t : texts) {
                sink += extractor.extract(t).tasks().size();
                documents++;
            }
        }
        double seconds = (bean.getCurrentThreadCpuTime() - cpu) / 1e9;
        System.out.printf("%d documents in %.2f s of CPU: %.0f documents per CPU-second (checksum %d)%n",
                documents, seconds, documents / seconds, sink);
    }
}
