package org.opencpms.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PeriodicTaskTest {

    private final ScheduledThreadPoolExecutor scheduler = new ScheduledThreadPoolExecutor(2);

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

    @Test
    void a_stopped_task_due_in_an_hour_leaves_the_schedulers_queue_within_a_beat() throws InterruptedException {
        var task = PeriodicTask.start(scheduler, "hourly", () -> { }, Duration.ofHours(1), Duration.ofHours(1));
        assertThat(scheduler.getQueue()).hasSize(1);

        task.stop();

        long deadline = System.nanoTime() + PeriodicTask.BEAT.multipliedBy(10).toNanos();
        while (!scheduler.getQueue().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(scheduler.getQueue()).as("the cancelled task, which holds the deployment's classes").isEmpty();
    }

    @Test
    void a_tick_runs_when_due_and_not_at_every_beat() throws InterruptedException {
        var ticks = new AtomicInteger();
        var firstTick = new CountDownLatch(1);
        var task = PeriodicTask.start(scheduler, "hourly", () -> {
            ticks.incrementAndGet();
            firstTick.countDown();
        }, Duration.ofMillis(10), Duration.ofHours(1));
        assertThat(firstTick.await(5, TimeUnit.SECONDS)).isTrue();

        Thread.sleep(PeriodicTask.BEAT.multipliedBy(2).toMillis());
        task.stop();

        assertThat(ticks).hasValue(1);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
