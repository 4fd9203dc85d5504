package vn.ttdn.planning.web;

import java.util.stream.Collectors;
import vn.ttdn.planning.CitationView;
import vn.ttdn.planning.PlanForm;
import vn.ttdn.planning.PlanView;

/** Fills a form from what exists, for editing. */
final class PlanForms {

    private PlanForms() {
    }

    static PlanForm of(PlanView plan) {
        PlanForm form = new PlanForm();
        form.setProvinceId(plan.provinceId());
        form.setKind(plan.kind());
        form.setNumber(plan.number());
        form.setTitle(plan.title());
        form.setIssuerName(plan.issuerName());
        form.setOwnerAgencyId(plan.ownerAgencyId());
        form.setIssuedOn(plan.issuedOn());
        form.setSignerAuthority(plan.signerAuthority());
        form.setSignerTitle(plan.signerTitle());
        form.setSignerName(plan.signerName());
        form.setYear(plan.year());
        form.setParentPlanId(plan.parentPlanId());
        form.setBudgetNote(plan.budgetNote());
        form.setLegalBasis(plan.legalBasis().stream().map(PlanForms::line).collect(Collectors.joining("\n")));
        form.setVersion(plan.version());
        return form;
    }

    private static String line(CitationView c) {
        return c.printed() != null ? c.printed() : c.subject();
    }
}
