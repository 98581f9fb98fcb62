package org.opencpms.adapters.rest.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.PanelId;

class AdditiveChangeTest {

    private static final PanelId PANEL = PanelId.random();

    private final AtomicInteger attempts = new AtomicInteger();

    @Test
    void without_if_match_a_collision_is_tried_again_until_it_goes_through() {
        var answer = AdditiveChange.apply(PANEL, null, () -> {
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
        AdditiveChange.apply(PANEL, null, () -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException(new SQLException("Timeout trying to lock table", "HYT00"));
            }
            return attempts.get();
        });

        assertThat(attempts).hasValue(2);
    }

    @Test
    void with_if_match_a_collision_is_not_retried() {
        assertThatThrownBy(() -> AdditiveChange.apply(PANEL, 4L, () -> {
            attempts.incrementAndGet();
            throw new ConcurrentUpdate("panel", "p-1");
        })).isInstanceOf(ConcurrentUpdate.class);

        assertThat(attempts).hasValue(1);
    }

    @Test
    void a_collision_that_persists_gives_up_after_a_few_attempts() {
        assertThatThrownBy(() -> AdditiveChange.apply(PANEL, null, () -> {
            attempts.incrementAndGet();
            throw new ConcurrentUpdate("panel", "p-1");
        })).isInstanceOf(ConcurrentUpdate.class);

        assertThat(attempts).hasValue(AdditiveChange.ATTEMPTS);
    }

    @Test
    void any_other_failure_is_not_retried() {
        assertThatThrownBy(() -> AdditiveChange.apply(PANEL, null, () -> {
            attempts.incrementAndGet();
            throw new IllegalArgumentException("no");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(attempts).hasValue(1);
    }

    @Test
    void additions_to_one_panel_take_turns_so_that_none_starts_while_another_runs() throws Exception {
        var running = new AtomicInteger();
        var mostAtOnce = new AtomicInteger();
        var gate = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> additions = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                additions.add(pool.submit(() -> {
                    gate.await();
                    return AdditiveChange.apply(PANEL, null, () -> {
                        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                        long windowEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
                        while (System.nanoTime() < windowEnd && running.get() == 1) {
                            Thread.onSpinWait(); // a window in which a second addition running at once would show
                        }
                        return running.decrementAndGet();
                    });
                }));
            }
            gate.countDown();
            for (var addition : additions) {
                assertThat(addition.get(30, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(mostAtOnce).hasValue(1);
    }
}
