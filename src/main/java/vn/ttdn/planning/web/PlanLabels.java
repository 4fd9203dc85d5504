package vn.ttdn.planning.web;

import vn.ttdn.planning.PlanStatus;

/** Vietnamese words for values, where a page builds text outside a template (exports, flash messages). */
final class PlanLabels {

    private PlanLabels() {
    }

    static String status(PlanStatus status) {
        return switch (status) {
            case DRAFT -> "Dự thảo";
            case ISSUED -> "Đã ban hành";
            case CLOSED -> "Đã kết thúc";
        };
    }
}
