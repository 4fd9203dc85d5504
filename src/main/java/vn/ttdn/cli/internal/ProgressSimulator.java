package vn.ttdn.cli.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;
import vn.ttdn.cli.internal.ProvinceDirectory.AgencyRow;
import vn.ttdn.planning.TaskStatus;

/**
 * Progress updates of one task over its working window, a little more than one a month (monthly reports plus
 * follow-ups), percent rising to the outcome: most closed tasks done, some cancelled, some still open past their
 * due date (overdue); open tasks part-way.
 * The task then takes the last update's status, percent and time, as the tracking module keeps it.
 */
final class ProgressSimulator {

    /** Where a task ends up; {@code lastUpdateAt} is null when nobody reported. */
    record Outcome(TaskStatus status, int percent, OffsetDateTime lastUpdateAt, int updates) {
        static final Outcome NONE = new Outcome(TaskStatus.NOT_STARTED, 0, null, 0);
    }

    private static final ZoneOffset VIETNAM = ZoneOffset.ofHours(7);

    private final LocalDate today;
    private final CopyBuffer updates;

    ProgressSimulator(LocalDate today, CopyBuffer updates) {
        this.today = today;
        this.updates = updates;
    }

    /** Writes the updates of a task (of a plan section, for fitting narratives); reporters[0] is the lead. */
    Outcome simulate(long taskId, int section, LocalDate from, LocalDate to, List<AgencyRow> reporters,
                     Random random) {
        LocalDate last = to.isBefore(today) ? to : today.minusDays(1);
        if (last.isBefore(from)) {
            return Outcome.NONE;
        }
        boolean closed = to.isBefore(today);
        TaskStatus status = finalStatus(closed, random);
        if (status == TaskStatus.NOT_STARTED) {
            return Outcome.NONE;
        }
        int percent = finalPercent(status, from, to, random);
        long days = Math.max(1, ChronoUnit.DAYS.between(from, last));
        int count = (int) Math.min(24, Math.max(1, Math.round(days / 30.4 * 1.4) + 1));
        OffsetDateTime at = null;
        int previousPercent = 0;
        for (int i = 0; i < count; i++) {
            boolean lastOne = i == count - 1;
            OffsetDateTime next = timestamp(from, days, i, count, random);
            // Strictly increasing, so "the latest update" is never a tie.
            at = at != null && !next.isAfter(at) ? at.plusMinutes(20 + random.nextInt(100)) : next;
            int p = lastOne ? percent : rising(previousPercent, percent, i, count, random);
            TaskStatus s = lastOne ? status : TaskStatus.IN_PROGRESS;
            if (s == TaskStatus.CANCELLED) {
                p = previousPercent;
            }
            AgencyRow reporter = random.nextInt(5) > 0 ? reporters.get(0)
                    : reporters.get(random.nextInt(reporters.size()));
            updates.row(taskId, reporter.id(), reporter.officerName(), s, p, narrative(s, section, i, p, random), at);
            previousPercent = p;
        }
        return new Outcome(status, status == TaskStatus.CANCELLED ? previousPercent : percent, at, count);
    }

    private static TaskStatus finalStatus(boolean closed, Random random) {
        int roll = random.nextInt(100);
        if (closed) {
            return roll < 85 ? TaskStatus.DONE : roll < 88 ? TaskStatus.CANCELLED : TaskStatus.IN_PROGRESS;
        }
        return roll < 8 ? TaskStatus.NOT_STARTED : roll < 16 ? TaskStatus.DONE : TaskStatus.IN_PROGRESS;
    }

    /** Done is 100; open work is roughly as far along as the time gone by, give or take. */
    private int finalPercent(TaskStatus status, LocalDate from, LocalDate to, Random random) {
        if (status == TaskStatus.DONE) {
            return 100;
        }
        double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        double elapsed = Math.min(1.0, ChronoUnit.DAYS.between(from, today) / span);
        int guess = (int) Math.round(elapsed * 90 - 10 + random.nextInt(30));
        return Math.max(5, Math.min(95, guess / 5 * 5));
    }

    private static int rising(int previous, int target, int i, int count, Random random) {
        int share = (int) Math.round((double) target * (i + 1) / count);
        int jittered = share - random.nextInt(8);
        return Math.max(previous, Math.min(target, Math.max(0, jittered / 5 * 5)));
    }

    /** Spread over the window, on working hours in Vietnam's time zone. */
    private static OffsetDateTime timestamp(LocalDate from, long days, int i, int count, Random random) {
        long slot = days / count;
        long day = Math.min(days, i * slot + (slot > 0 ? random.nextLong(slot + 1) : 0));
        LocalTime time = LocalTime.of(8 + random.nextInt(9), random.nextInt(60), random.nextInt(60));
        return OffsetDateTime.of(from.plusDays(day), time, VIETNAM);
    }

    private static String narrative(TaskStatus status, int section, int index, int percent, Random random) {
        return switch (status) {
            case DONE -> NarrativePhrases.done(random);
            case CANCELLED -> NarrativePhrases.cancelled(random);
            default -> index == 0 && percent < 30 ? NarrativePhrases.starting(random)
                    : NarrativePhrases.working(random, section, percent);
        };
    }
}
