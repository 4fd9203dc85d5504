package vn.ttdn.legal.internal;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ttdn.legal.LegalDocumentView.PlanRef;
import vn.ttdn.planning.Plans;

/** Plans as the graph shows them, asked of planning so its reading rules (drafts, archive, province) apply. */
@Component
class PlanRefs {

    private final Plans plans;

    PlanRefs(Plans plans) {
        this.plans = plans;
    }

    List<PlanRef> readable(List<Long> planIds) {
        List<PlanRef> refs = new ArrayList<>();
        for (long id : planIds) {
            // A plan she may not read is left out: the graph shows the document, not the plan.
            plans.readablePlan(id).ifPresent(p ->
                    refs.add(new PlanRef(p.id(), p.title(), p.number(), p.provinceName(), p.status().name())));
        }
        return refs;
    }
}
