package vn.ttdn.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Guessing is slowed down, by address and by account, without ever locking the holder out. */
class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-03-02T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    final HandClock clock = new HandClock();
    final LoginThrottle throttle = new LoginThrottle(clock, 100);

    @Test
    void threeFailuresAreFreeThenTheDelayDoublesUpTo15Minutes() {
        Duration[] expected = {Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5),
                Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ofSeconds(40)};
        for (Duration delay : expected) {
            assertThat(throttle.failed("10.0.0.1", "admin").addressDelay()).isEqualTo(delay);
            assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(delay);
            clock.advance(delay);
        }
        assertThat(LoginThrottle.delayAfter(11)).isEqualTo(Duration.ofSeconds(640));
        assertThat(LoginThrottle.delayAfter(12)).isEqualTo(Duration.ofMinutes(15));
        assertThat(LoginThrottle.delayAfter(1000)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void theDelayPassesAndAnHourWithoutFailuresForgetsTheCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.1", "admin");
        }
        clock.advance(Duration.ofSeconds(4));
        assertThat(throttle.waitFor("10.0.0.1")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitFor("10.0.0.1")).isZero();
        clock.advance(Duration.ofMinutes(61));
        assertThat(throttle.failed("10.0.0.1", "admin").addressFailures()).isEqualTo(1);
    }

    @Test
    void aStrangersFailuresDoNotDelayTheHoldersOwnAddress() {
        for (int i = 0; i < 10; i++) {
            throttle.failed("10.0.0.66", "admin");
            clock.advance(throttle.waitFor("10.0.0.66"));
        }
        assertThat(throttle.failed("10.0.0.66", "admin").accountDelay()).isPositive();
        assertThat(throttle.waitFor("10.0.0.66")).isPositive();
        assertThat(throttle.waitFor("10.0.0.7")).isZero();
    }

    @Test
    void whileTheAccountIsDelayedAWrongPasswordDelaysANewAddressAtOnce() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.66", "admin");
        }
        LoginThrottle.Outcome fromElsewhere = throttle.failed("10.0.0.99", "Admin");
        assertThat(fromElsewhere.addressDelay()).isEqualTo(Duration.ofSeconds(5));
        // Another account is not under attack: its first failure elsewhere is free.
        assertThat(throttle.failed("10.0.0.98", "dieuphoi").addressDelay()).isZero();
    }

    @Test
    void aSuccessClearsTheAccountsCountButNotTheAddresses() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("10.0.0.66", "admin");
        }
        throttle.succeeded("ADMIN");
        assertThat(throttle.failed("10.0.0.99", "admin").accountFailures()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(5));
        throttle.succeeded("admin");
        assertThat(throttle.failed("10.0.0.66", "admin").addressDelay()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    void theTablesAreBoundedInSize() {
        for (int i = 0; i < 1000; i++) {
            throttle.failed("10.1." + i / 250 + "." + i % 250, "user" + i);
        }
        assertThat(throttle.size()).isEqualTo(200);
    }
}
