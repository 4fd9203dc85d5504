package vn.ttdn.intake.internal;

import org.springframework.stereotype.Component;
import vn.ttdn.identity.AuditTrail;
import vn.ttdn.intake.IntakeHeader;
import vn.ttdn.intake.IntakeStatus;
import vn.ttdn.intake.ParsedPlan;
import vn.ttdn.intake.PlanDrafts;
import vn.ttdn.intake.PlanExtractor;
import vn.ttdn.planning.PlanDraft;
import vn.ttdn.planning.Plans;

/**
 * Turns a reviewed draft into a plan. A document that revises a plan becomes a new draft plan beside the old one
 * (which stays as it was, with its progress); the draft remembers which plan it revises, so the new plan's page
 * links back to the old one and to the list of changes.
 */
@Component
class IntakeConfirmation {

    private final Plans plans;
    private final Revisions revisions;
    private final AuditTrail audit;

    IntakeConfirmation(Plans plans, Revisions revisions, AuditTrail audit) {
        this.plans = plans;
        this.revisions = revisions;
        this.audit = audit;
    }

    long confirm(IntakeDocument doc) {
        ParsedPlan parsed = new PlanExtractor().extract(doc.text);
        IntakeHeader header = doc.header(IntakeReviews.printedHeader(parsed));
        IntakeReviews.validate(header);
        Long previous = revisions.previousPlan(doc.provinceId, header, null).orElse(null);
        PlanDraft d = PlanDrafts.of(parsed, doc.provinceId, false);
        PlanDraft draft = new PlanDraft(d.provinceId(), header.kind(), header.number(), header.title(),
                d.issuerName(), header.issuedOn(), d.signerAuthority(), d.signerTitle(), d.signerName(),
                header.year(), d.budgetNote(), d.legalBasis(), d.sections(), d.tasks(), false, d.citations());
        long planId = plans.importPlan(draft);
        var before = doc.snapshot();
        doc.status = IntakeStatus.CONFIRMED;
        doc.planId = planId;
        doc.revisesPlanId = previous;
        doc.touch();
        audit.record("CONFIRM", "IntakeDocument", doc.id, doc.provinceId,
                "Xác nhận " + doc.fileName + " thành kế hoạch " + planId
                        + (previous == null ? "" : " (bản sửa đổi của kế hoạch " + previous + ")"),
                before, doc.snapshot());
        return planId;
    }
}
