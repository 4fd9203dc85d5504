package vn.ttdn.cli.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import vn.ttdn.planning.Timeframe;
import vn.ttdn.planning.Timeframe.Kind;

/**
 * Timeframes of every kind a plan prints, with the dates the planning module derives from them: "Thường xuyên"
 * has no end, "Hàng năm" ends on 31/12 of the plan's year, "Quý II/2024" ends on 30/6/2024 and so on.
 */
final class TimeframePicker {

    private static final String[] QUARTERS = {"I", "II", "III", "IV"};

    private TimeframePicker() {
    }

    static Timeframe pick(Random random, int year) {
        int roll = random.nextInt(100);
        if (roll < 20) {
            return new Timeframe(Kind.CONTINUOUS, "Thường xuyên", null, null);
        }
        if (roll < 30) {
            return new Timeframe(Kind.YEARLY, "Hàng năm", null, LocalDate.of(year, 12, 31));
        }
        if (roll < 48) {
            String text = random.nextBoolean() ? "Trong năm " + year : "Năm " + year;
            return new Timeframe(Kind.WITHIN_YEAR, text, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        if (roll < 68) {
            return quarter(random.nextInt(4), year);
        }
        if (roll < 86) {
            return dueBy(random, year);
        }
        if (roll < 95) {
            return period(random, year);
        }
        return Timeframe.unspecified(null);
    }

    private static Timeframe quarter(int q, int year) {
        LocalDate start = LocalDate.of(year, q * 3 + 1, 1);
        LocalDate end = YearMonth.of(year, q * 3 + 3).atEndOfMonth();
        return new Timeframe(Kind.WITHIN_QUARTER, "Quý " + QUARTERS[q] + "/" + year, start, end);
    }

    private static Timeframe dueBy(Random random, int year) {
        int month = 3 + random.nextInt(10);
        if (random.nextBoolean()) {
            LocalDate end = YearMonth.of(year, month).atEndOfMonth();
            return new Timeframe(Kind.DUE_BY, "Hoàn thành trong tháng " + month + "/" + year, null, end);
        }
        int day = new int[]{10, 15, 20, 30}[random.nextInt(4)];
        LocalDate end = LocalDate.of(year, month, Math.min(day, YearMonth.of(year, month).lengthOfMonth()));
        String text = "Trước ngày " + String.format("%02d/%02d/%d", end.getDayOfMonth(), month, year);
        return new Timeframe(Kind.DUE_BY, text, null, end);
    }

    private static Timeframe period(Random random, int year) {
        int from = 1 + random.nextInt(8);
        int to = Math.min(12, from + 2 + random.nextInt(4));
        LocalDate start = LocalDate.of(year, from, 1);
        LocalDate end = YearMonth.of(year, to).atEndOfMonth();
        return new Timeframe(Kind.PERIOD, "Từ tháng " + from + " đến tháng " + to + "/" + year, start, end);
    }
}
