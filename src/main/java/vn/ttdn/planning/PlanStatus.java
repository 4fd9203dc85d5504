package vn.ttdn.planning;

/** A plan is drafted, then issued (its tasks become work), then closed at the end of its term. */
public enum PlanStatus {
    DRAFT, ISSUED, CLOSED
}
