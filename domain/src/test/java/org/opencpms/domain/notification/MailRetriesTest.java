package org.opencpms.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MailRetriesTest {

    private static final Instant T = Instant.parse("2026-05-01T12:00:00Z");
    private final MailRetries retries = new MailRetries(5, Duration.ofSeconds(30), Duration.ofMinutes(3));

    @Test
    void a_failed_mail_waits_twice_as_long_after_every_attempt_up_to_the_longest_delay() {
        assertThat(retries.retryAt(1, T)).contains(T.plusSeconds(30));
        assertThat(retries.retryAt(2, T)).contains(T.plusSeconds(60));
        assertThat(retries.retryAt(3, T)).contains(T.plusSeconds(120));
        assertThat(retries.retryAt(4, T)).contains(T.plusSeconds(180));
    }

    @Test
    void after_the_last_attempt_the_mail_is_given_up() {
        assertThat(retries.retryAt(5, T)).isEmpty();
        assertThat(MailRetries.DEFAULT.retryAt(MailRetries.DEFAULT.maxAttempts(), T)).isEmpty();
    }

    @Test
    void nonsensical_retry_settings_are_refused() {
        assertThatThrownBy(() -> new MailRetries(0, Duration.ofSeconds(1), Duration.ofSeconds(2)))
                .extracting("code").isEqualTo("mail-max-attempts.invalid");
        assertThatThrownBy(() -> new MailRetries(3, Duration.ofSeconds(10), Duration.ofSeconds(2)))
                .extracting("code").isEqualTo("mail-retry-delay.invalid");
    }
}
