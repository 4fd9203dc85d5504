package vn.ttdn.planning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.ttdn.common.Times;

/**
 * When a task is overdue, said once: its timeframe has a due date before today (the province's today), it is not
 * finished, and it is not ongoing ("Thường xuyên"). {@link Timeframe#isOverdue} asks {@link #isOverdue}; queries
 * use {@link #sql} or {@link #jpql}, both written out from the same three parts below, so that the database and Java
 * cannot drift apart ({@code OverdueRuleTest} checks that they agree on every kind of timeframe).
 */
public final class OverdueRule {

    /** The kind that is never overdue, whatever its dates. */
    static final Timeframe.Kind NEVER_OVERDUE = Timeframe.Kind.CONTINUOUS;

    private OverdueRule() {
    }

    /** The province's today: a task due on the 15th is overdue from 00:00 of the 16th in the province. */
    public static LocalDate today() {
        return today(Clock.systemUTC());
    }

    public static LocalDate today(Clock clock) {
        return LocalDate.ofInstant(clock.instant(), Times.ZONE);
    }

    /** {@code finished} as {@link TaskStatus#finished()} says, the same statuses {@link #sql} lists. */
    public static boolean isOverdue(Timeframe.Kind kind, LocalDate due, boolean finished, LocalDate today) {
        return due != null && due.isBefore(today) && !finished && kind != NEVER_OVERDUE;
    }

    /**
     * The rule over a SQL table alias of {@code task} (columns due_date, status, timeframe_kind), today given as the
     * named parameter {@code :todayParam} (bind {@link #today()}, not the database's current_date: its zone may be
     * another).
     */
    public static String sql(String alias, String todayParam) {
        String a = alias + ".";
        return predicate(a + "due_date", a + "status", a + "timeframe_kind", ":" + todayParam, v -> "'" + v + "'");
    }

    /** The same rule over a JPQL alias of the Task entity (fields dueDate, status, timeframeKind). */
    public static String jpql(String alias, String todayParam) {
        String a = alias + ".";
        return predicate(a + "dueDate", a + "status", a + "timeframeKind", ":" + todayParam,
                v -> v.getDeclaringClass().getName().replace('$', '.') + "." + v.name());
    }

    private static String predicate(String due, String status, String kind, String today,
                                    Function<Enum<?>, String> literal) {
        String finished = Arrays.stream(TaskStatus.values()).filter(TaskStatus::finished).map(literal)
                .collect(Collectors.joining(", "));
        // A null due date makes the comparison unknown, so the row is not counted: as isOverdue's due != null.
        return "(" + due + " < " + today + " and " + status + " not in (" + finished + ") and " + kind + " <> "
                + literal.apply(NEVER_OVERDUE) + ")";
    }
}
