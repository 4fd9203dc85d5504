package vn.ttdn.demo;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ttdn.planning.Planning;

/** The seed plans, read from the classpath through intake and imported into their provinces. */
@Component
class DemoPlans {

    private final Planning planning;

    DemoPlans(Planning planning) {
        this.planning = planning;
    }

    void importSeeds(Map<String, Long> provinces) {
        // Filled in once intake lands (next commit): each seed → ParsedPlan → PlanDraft → planning.importPlan.
    }
}
