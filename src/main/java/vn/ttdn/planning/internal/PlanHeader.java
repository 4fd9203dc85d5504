package vn.ttdn.planning.internal;

import java.time.LocalDate;
import vn.ttdn.planning.PlanDraft;
import vn.ttdn.planning.PlanForm;
import vn.ttdn.planning.PlanKind;

/**
 * What a plan's heading says, from wherever a plan comes from (a form, a document, last year's plan). The plan's
 * province and owner are not part of it: they are set once, when the plan is made, and never change.
 */
record PlanHeader(PlanKind kind, String number, String title, String issuerName, LocalDate issuedOn,
                  String signerAuthority, String signerTitle, String signerName, int year, Long parentPlanId,
                  String budgetNote) {

    static PlanHeader of(PlanForm form) {
        return new PlanHeader(form.getKind(), Plan.blankToNull(form.getNumber()), form.getTitle().strip(),
                Plan.blankToNull(form.getIssuerName()), form.getIssuedOn(), Plan.blankToNull(form.getSignerAuthority()),
                Plan.blankToNull(form.getSignerTitle()), Plan.blankToNull(form.getSignerName()), form.getYear(),
                form.getParentPlanId(), Plan.blankToNull(form.getBudgetNote()));
    }

    /** As read from the document; a document without a readable title still makes a plan. */
    static PlanHeader of(PlanDraft draft) {
        String title = draft.title() == null || draft.title().isBlank() ? "(Chưa có tên)" : draft.title();
        return new PlanHeader(draft.kind(), draft.number(), title, draft.issuerName(), draft.issuedOn(),
                draft.signerAuthority(), draft.signerTitle(), draft.signerName(), draft.year(), null,
                draft.budgetNote());
    }

    /** Next year's plan before it is numbered, dated and signed: the year in the title follows. */
    PlanHeader forYear(int newYear) {
        return new PlanHeader(kind, null, title.replace(String.valueOf(year), String.valueOf(newYear)), issuerName,
                null, null, null, null, newYear, parentPlanId, budgetNote);
    }
}
