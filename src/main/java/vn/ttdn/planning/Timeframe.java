package vn.ttdn.planning;

import java.time.LocalDate;

/**
 * When a task is to be done, as a plan states it ("Thường xuyên", "Quý I/2025", "trước ngày 15/11" …),
 * with the printed text kept and the dates it implies. Dates are null when the text does not give them.
 */
public record Timeframe(Kind kind, String text, LocalDate start, LocalDate end) {

    public enum Kind {
        /** Thường xuyên: ongoing, never overdue. */
        CONTINUOUS,
        /** Hàng năm: every year; within the plan's year it ends on 31/12. */
        YEARLY,
        /** Trong năm 2025, Năm 2025. */
        WITHIN_YEAR,
        /** Quý I/2025. */
        WITHIN_QUARTER,
        /** Trước ngày 15/11/2025, hoàn thành trong tháng 6/2025. */
        DUE_BY,
        /** Giai đoạn 2025 - 2030, từ tháng 3 đến tháng 6/2025, 06 tháng. */
        PERIOD,
        /** Nothing printed, or nothing we understand. */
        UNSPECIFIED
    }

    public static Timeframe unspecified(String text) {
        return new Timeframe(Kind.UNSPECIFIED, text, null, null);
    }

    /** A task is overdue once its timeframe has an end date that has passed and it is not finished. */
    public boolean isOverdue(LocalDate today, boolean finished) {
        return !finished && end != null && kind != Kind.CONTINUOUS && end.isBefore(today);
    }
}
