package vn.ttdn.identity.internal;

import java.time.Duration;
import java.time.Instant;

/** Where {@link LoginThrottle} keeps its failure counts by key (a client address, an account name). */
interface FailureCounts {

    /** How many failures a key holds now, and the delay the last one started. */
    record Count(int failures, Duration delay) {
    }

    Duration remaining(String key, Instant now);

    /**
     * Counts a failure (a count idle for {@link LoginThrottle#FORGET_AFTER} starts afresh), raised to at least
     * {@code atLeast}, and starts the delay {@link LoginThrottle#delayAfter} gives for it.
     */
    Count fail(String key, Instant now, int atLeast);

    void clear(String key);

    int size();
}
