package org.opencpms.domain.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.Require;

/**
 * When a failed mail is tried again: after {@code firstDelay}, doubling with every failed attempt up to
 * {@code maxDelay}; after {@code maxAttempts} failed attempts it is given up (dead, for an operator to retry).
 */
public record MailRetries(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    public static final MailRetries DEFAULT = new MailRetries(8, Duration.ofSeconds(30), Duration.ofHours(1));

    public MailRetries {
        if (maxAttempts < 1) {
            throw new InvalidValue("mail-max-attempts", "at least one attempt");
        }
        Require.present(firstDelay, "mail-retry-delay");
        Require.present(maxDelay, "mail-retry-max-delay");
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new InvalidValue("mail-retry-delay", "the first delay is positive and at most the longest");
        }
    }

    /** When to try again after attempt number {@code attempt} failed at {@code failedAt}; empty to give up. */
    public Optional<Instant> retryAt(int attempt, Instant failedAt) {
        if (attempt >= maxAttempts) {
            return Optional.empty();
        }
        var delay = firstDelay;
        for (int i = 1; i < attempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return Optional.of(failedAt.plus(delay.compareTo(maxDelay) < 0 ? delay : maxDelay));
    }
}
