package org.opencpms.adapters.rest.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.ConcurrentUpdate;

class AdditiveChangeTest {

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void without_if_match_a_collision_is_tried_again_until_it_goes_through() {
        var answer = AdditiveChange.apply(null, () -> {
            if (attempts.incrementAndGet() < 3) {
                throw new ConcurrentUpdate("panel", "p-1");
            }
            return "answer of attempt " + attempts.get();
        });

        assertThat(attempts).hasValue(3);
        assertThat(answer).isEqualTo("answer of attempt 3");
    }

    @Test
    void a_lock_timeout_of_the_database_counts_as_a_collision() {
        AdditiveChange.apply(null, () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException(new SQLException("Timeout trying to lock table", "HYT00"));
            }
            return attempts.get();
        });

        assertThat(attempts).hasValue(2);
    }

    @Test
    void with_if_match_a_collision_is_not_retried() {
        assertThatThrownBy(() -> AdditiveChange.apply(4L, () -> {
            attempts.incrementAndGet();
            throw new ConcurrentUpdate("panel", "p-1");
        })).isInstanceOf(ConcurrentUpdate.class);

        assertThat(attempts).hasValue(1);
    }

    @Test
    void a_collision_that_persists_gives_up_after_a_few_attempts() {
        assertThatThrownBy(() -> AdditiveChange.apply(null, () -> {
            attempts.incrementAndGet();
            throw new ConcurrentUpdate("panel", "p-1");
        })).isInstanceOf(ConcurrentUpdate.class);

        assertThat(attempts).hasValue(AdditiveChange.ATTEMPTS);
    }

    @Test
    void any_other_failure_is_not_retried() {
        assertThatThrownBy(() -> AdditiveChange.apply(null, () -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("no");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(attempts).hasValue(1);
    }
}
