package org.opencpms.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for something the server does asynchronously (the outbox relay turns events into notifications every
 * second): asks again and again until the answer satisfies the condition or the deadline passes, then returns the
 * last answer so that the caller's assertion shows what was there.
 */
public final class Poll {

    public static final Duration DEFAULT_DEADLINE = Duration.ofSeconds(20);
    private static final Duration BETWEEN_ATTEMPTS = Duration.ofMillis(100);

    private Poll() {
    }

    public static <T> T until(Supplier<T> probe, Predicate<T> condition) {
        return until(DEFAULT_DEADLINE, probe, condition);
    }

    public static <T> T until(Duration deadline, Supplier<T> probe, Predicate<T> condition) {
        var end = Instant.now().plus(deadline);
        T answer = probe.get();
        while (!condition.test(answer) && Instant.now().isBefore(end)) {
            LockSupport.parkNanos(BETWEEN_ATTEMPTS.toNanos());
            answer = probe.get();
        }
        return answer;
    }
}
