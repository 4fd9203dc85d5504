package vn.ttdn.planning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * When a task is to be done, as a plan states it ("Thường xuyên", "Quý I/2025", "trước ngày 15/11" …),
 * with the printed text kept and the dates it implies. Dates are null when the text does not give them.
 */
public record Timeframe(Kind kind, String text, LocalDate start, LocalDate end) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

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

    /**
     * How to say this timeframe in any language: a key of the message bundles with its arguments, from the kind and
     * the dates (the printed text is in the plan's language only). Dates as dd/MM/yyyy, years as text so that no
     * bundle prints "2,026".
     */
    public Wording wording() {
        LocalDate date = end != null ? end : start;
        return switch (kind) {
            case WITHIN_YEAR -> date == null ? Wording.of(kind) : new Wording("timeframe.inYear", year(date));
            case WITHIN_QUARTER -> date == null ? Wording.of(kind) : quarter(date);
            case DUE_BY -> end == null ? Wording.of(kind) : new Wording("timeframe.dueBy", DATE.format(end));
            case PERIOD -> period();
            default -> Wording.of(kind);
        };
    }

    /** {0} the quarter in Roman numerals (Quý II/2026), {1} the year, {2} the quarter as a digit (Q2 2026). */
    private static Wording quarter(LocalDate date) {
        int q = (date.getMonthValue() - 1) / 3;
        return new Wording("timeframe.inQuarter", ROMAN[q], year(date), String.valueOf(q + 1));
    }

    private Wording period() {
        if (start != null && end != null) {
            return new Wording("timeframe.period", DATE.format(start), DATE.format(end));
        }
        if (end != null) {
            return new Wording("timeframe.until", DATE.format(end));
        }
        return start != null ? new Wording("timeframe.from", DATE.format(start)) : Wording.of(kind);
    }

    private static String year(LocalDate date) {
        return String.valueOf(date.getYear());
    }

    /** A message key and its arguments. */
    public record Wording(String key, List<String> args) {

        public Wording(String key, String... args) {
            this(key, List.of(args));
        }

        static Wording of(Kind kind) {
            return new Wording("timeframe." + kind.name());
        }
    }

    /** A task is overdue once its timeframe has an end date that has passed and it is not finished (see {@link OverdueRule}). */
    public boolean isOverdue(LocalDate today, boolean finished) {
        return OverdueRule.isOverdue(kind, end, finished, today);
    }
}
