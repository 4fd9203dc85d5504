package vn.ttdn.planning.internal;

import vn.ttdn.planning.PlanStatus;

/** Conditions on plans that several queries share, written once; the same text reads in SQL and in JPQL. */
final class PlanRules {

    private PlanRules() {
    }

    /** An issued plan (or a closed one): not a draft, which only its authors see and which counts nowhere. */
    static String issued(String planAlias) {
        return planAlias + ".status <> '" + PlanStatus.DRAFT.name() + "'";
    }
}
