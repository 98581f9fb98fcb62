package org.opencpms.adapters.rest.panel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.PanelId;

class PanelTurnsTest {

    private static final PanelId PANEL = PanelId.random();

    @Test
    void changes_of_one_panel_take_turns_so_that_none_starts_while_another_runs() throws Exception {
        var running = new AtomicInteger();
        var mostAtOnce = new AtomicInteger();
        var gate = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> changes = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                changes.add(pool.submit(() -> {
                    gate.await();
                    return PanelTurns.inTurn(PANEL, () -> {
                        mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                        long windowEnd = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(20);
                        while (System.nanoTime() < windowEnd && running.get() == 1) {
                            Thread.onSpinWait(); // a window in which a second change running at once would show
                        }
                        return running.decrementAndGet();
                    });
                }));
            }
            gate.countDown();
            for (var change : changes) {
                assertThat(change.get(30, TimeUnit.SECONDS)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(mostAtOnce).hasValue(1);
    }

    @Test
    void a_change_answers_what_it_returned_and_its_failure_reaches_the_caller() throws Exception {
        assertThat(PanelTurns.inTurn(PANEL, () -> "answer")).isEqualTo("answer");
        var failure = new IllegalStateException("refused");
        try {
            PanelTurns.inTurn(PANEL, () -> {
                throw failure;
            });
        } catch (IllegalStateException e) {
            assertThat(e).isSameAs(failure);
        }
        assertThat(PanelTurns.inTurn(PANEL, () -> "the turn was given back")).isEqualTo("the turn was given back");
    }
}
