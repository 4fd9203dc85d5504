package vn.ttdn.intake.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import vn.ttdn.intake.ParsedPlan;
import vn.ttdn.intake.PlanExtractor;
import vn.ttdn.intake.extraction.TextNormalizer;

/**
 * Throughput of {@link PlanExtractor#extract} on the four seed texts (already normalised), one thread.
 * One operation = the four seeds, so documents per second = 4 × ops/s.
 * Run: {@code ./mvnw -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=vn.ttdn.intake.bench.ExtractionBenchmark} (the class name does not end in Test, so surefire
 * never runs it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
public class ExtractionBenchmark {

    private static final String[] SEEDS = {"001_1feb9bf8732c19e8.txt", "002_c0e1b863b6fa9e35.txt",
            "003_96857d8186cc5170.txt", "004_b5f3c917d812ce75.txt"};

    private final PlanExtractor extractor = new PlanExtractor();
    private List<String> texts;

    @Setup
    public void load() throws IOException {
        texts = new ArrayList<>();
        for (String s : SEEDS) {
            try (InputStream in = ExtractionBenchmark.class.getResourceAsStream("/seeds/" + s)) {
                texts.add(TextNormalizer.normalize(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            }
        }
    }

    /** Kept so that a pass without JMH's Blackhole cannot be optimised away. */
    static volatile long sink;

    /** One pass over the seeds without JMH (see {@link ExtractionCpuRate}); the number of documents read. */
    int extractEach() {
        long tasks = 0;
        for (String t : texts) {
            tasks += extractor.extract(t).tasks().size();
        }
        sink += tasks;
        return texts.size();
    }

    @Benchmark
    public void extractFourSeeds(Blackhole bh) {
        for (String t : texts) {
            ParsedPlan p = extractor.extract(t);
            bh.consume(p);
        }
    }

    public static void main(String[] args) throws Exception {
        new Runner(new OptionsBuilder().include(ExtractionBenchmark.class.getSimpleName()).build()).run();
    }
}
