package org.opencpms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PeriodicTaskTest {

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

    @AfterEach
    void shutDown() {
        scheduler.shutdownNow();
    }

    @Test
    void stop_returns_only_after_the_tick_in_flight_has_ended() throws InterruptedException {
        var inTick = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var ended = new AtomicBoolean();
        var task = PeriodicTask.start(scheduler, "slow", () -> {
            inTick.countDown();
            awaitQuietly(release);
            ended.set(true);
        }, Duration.ZERO, Duration.ofMillis(10));
        assertThat(inTick.await(5, TimeUnit.SECONDS)).isTrue();

        scheduler.schedule(release::countDown, 200, TimeUnit.MILLISECONDS);
        task.stop();

        assertThat(ended).as("the tick in flight ended before stop returned").isTrue();
    }

    @Test
    void no_tick_runs_after_stop() throws InterruptedException {
        var ticks = new AtomicInteger();
        var firstTick = new CountDownLatch(1);
        var task = PeriodicTask.start(scheduler, "counter", () -> {
            ticks.incrementAndGet();
            firstTick.countDown();
        }, Duration.ZERO, Duration.ofMillis(5));
        assertThat(firstTick.await(5, TimeUnit.SECONDS)).isTrue();

        task.stop();
        int atStop = ticks.get();
        scheduler.shutdown();
        assertThat(scheduler.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

        assertThat(ticks.get()).isEqualTo(atStop);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
