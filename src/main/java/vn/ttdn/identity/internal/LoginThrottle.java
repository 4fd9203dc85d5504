package vn.ttdn.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Slows down password guessing instead of locking accounts, so that a stranger cannot lock the holder out.
 * <p>
 * Per client address: after {@value #FREE_FAILURES} failures each further one makes the address wait, 5 seconds at
 * first and twice as long after each failure, at most 15 minutes; while it waits its attempts are refused unread.
 * <p>
 * Per account name: counted the same way, but softer: its delay never refuses an attempt, since that would let
 * anyone lock the holder out. While an account is delayed the password is still checked, so the holder gets in with
 * the right one from an address that is not itself delayed; a wrong one delays its address at once, skipping the
 * free failures. A guesser spread over many addresses thus gets one guess per address per delay.
 * <p>
 * A success clears the account's count but not the address's: else a stranger could sign in to an account of
 * her own between guesses to start afresh. Counts are forgotten after an hour without failures. In memory each table
 * keeps at most {@value #MAX_ENTRIES} names, dropping the least recently used (an attacker would need that many
 * evaluated attempts from other addresses to make the table forget hers); in the database, which every node shares,
 * counts an hour old are deleted by a cluster job.
 */
final class LoginThrottle {

    static final int FREE_FAILURES = 3;
    static final Duration FIRST_DELAY = Duration.ofSeconds(5);
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);
    static final int MAX_ENTRIES = 10_000;

    /** The delays a failure started (zero for none), and how many failures each count holds now. */
    record Outcome(Duration addressDelay, int addressFailures, Duration accountDelay, int accountFailures) {
    }

    private final Clock clock;
    private final FailureCounts byAddress;
    private final FailureCounts byAccount;

    /** Counts held in this process's memory (one node; tests). */
    LoginThrottle(Clock clock, int maxEntries) {
        this(clock, new MemoryCounts(maxEntries), new MemoryCounts(maxEntries));
    }

    /** Counts held where every node sees them ({@link DatabaseFailureCounts}). */
    LoginThrottle(Clock clock, FailureCounts byAddress, FailureCounts byAccount) {
        this.clock = clock;
        this.byAddress = byAddress;
        this.byAccount = byAccount;
    }

    /** How long the address must still wait before it may try again; zero when it may try now. */
    Duration waitFor(String address) {
        return byAddress.remaining(address, clock.instant());
    }

    Outcome failed(String address, String username) {
        Instant now = clock.instant();
        String account = accountKey(username);
        boolean accountDelayed = !byAccount.remaining(account, now).isZero();
        FailureCounts.Count forAccount = byAccount.fail(account, now, 0);
        FailureCounts.Count forAddress = byAddress.fail(address, now, accountDelayed ? FREE_FAILURES + 1 : 0);
        return new Outcome(forAddress.delay(), forAddress.failures(), forAccount.delay(), forAccount.failures());
    }

    void succeeded(String username) {
        byAccount.clear(accountKey(username));
    }

    int size() {
        return byAddress.size() + byAccount.size();
    }

    /** No delay for the free failures, then 5 s, 10 s, 20 s… up to 15 minutes. */
    static Duration delayAfter(int failures) {
        if (failures <= FREE_FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - FREE_FAILURES - 1, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }

    private static String accountKey(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Failure counts by key in a table of bounded size; synchronised, every use is short. */
    private static final class MemoryCounts implements FailureCounts {
        private final Map<String, Entry> entries;

        MemoryCounts(int maxEntries) {
            this.entries = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                    return size() > maxEntries;
                }
            };
        }

        @Override
        public synchronized Duration remaining(String key, Instant now) {
            Entry e = entries.get(key);
            return e == null || !e.until.isAfter(now) ? Duration.ZERO : Duration.between(now, e.until);
        }

        @Override
        public synchronized Count fail(String key, Instant now, int atLeast) {
            Entry e = entries.get(key);
            if (e == null || e.last.plus(FORGET_AFTER).isBefore(now)) {
                e = new Entry();
                entries.put(key, e);
            }
            e.failures = Math.max(e.failures + 1, atLeast);
            e.last = now;
            Duration delay = delayAfter(e.failures);
            e.until = now.plus(delay);
            return new Count(e.failures, delay);
        }

        @Override
        public synchronized void clear(String key) {
            entries.remove(key);
        }

        @Override
        public synchronized int size() {
            return entries.size();
        }

        private static final class Entry {
            int failures;
            Instant last = Instant.EPOCH;
            Instant until = Instant.EPOCH;
        }
    }
}
