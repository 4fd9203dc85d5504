package vn.ttdn.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.ttdn.intake.DocumentReadException;
import vn.ttdn.intake.ParsedPlan;
import vn.ttdn.intake.PlanDocumentReader;
import vn.ttdn.intake.PlanDrafts;
import vn.ttdn.intake.PlanExtractor;
import vn.ttdn.intake.ReadDocument;
import vn.ttdn.planning.Plans;

/** The four seed plans, read from the classpath through the product's intake and imported into their provinces. */
@Component
class DemoPlans {

    /** Seed file → the province (before 1 July 2025) that issued it. */
    static final Map<String, String> SEEDS = Map.of(
            "001_1feb9bf8732c19e8.txt", "QB",
            "002_c0e1b863b6fa9e35.txt", "TQ",
            "003_96857d8186cc5170.txt", "HB",
            "004_b5f3c917d812ce75.txt", "KH");
    private static final Logger log = LoggerFactory.getLogger(DemoPlans.class);

    private final Plans plans;

    DemoPlans(Plans plans) {
        this.plans = plans;
    }

    void importSeeds(Map<String, Long> provinces) {
        SEEDS.keySet().stream().sorted().forEach(file -> {
            ParsedPlan parsed = new PlanExtractor().extract(read(file).text());
            long id = plans.importPlan(PlanDrafts.of(parsed, provinces.get(SEEDS.get(file)), false));
            plans.issue(id);
            log.info("Seed {} imported as plan {} with {} tasks", file, id, parsed.tasks().size());
        });
    }

    private static ReadDocument read(String file) {
        try (InputStream in = new ClassPathResource("seeds/" + file).getInputStream()) {
            return new PlanDocumentReader().read(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentReadException e) {
            throw new IllegalStateException("Seed " + file + ": " + e.getMessage(), e);
        }
    }
}
