package org.opencpms.bootstrap;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * A worker tick run with a fixed delay on the server's scheduler, which stops cleanly with the deployment.
 *
 * <p>Invariant: once {@link #stop} has returned, no tick runs and none will start. Cancelling a scheduled future does
 * not wait for a tick in flight; a tick still running while the deployment's persistence unit and CDI contexts shut
 * down fails half-way and can leave a database connection with an open transaction (and its row locks) behind in the
 * server's pool, where the next deployment's workers then time out on those locks. So each tick runs under a lock
 * and checks that the task is not stopped, and {@code stop} takes the lock after cancelling, waiting for the tick in
 * flight to end (at most {@link #GRACE}).
 */
final class PeriodicTask {

    /** How long {@link #stop} waits for a tick in flight: longer than any tick of ours takes. */
    static final Duration GRACE = Duration.ofSeconds(30);
    private static final Logger LOG = Logger.getLogger(PeriodicTask.class.getName());

    private final String name;
    private final Runnable tick;
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopped;
    private ScheduledFuture<?> future;

    private PeriodicTask(String name, Runnable tick) {
        this.name = name;
        this.tick = tick;
    }

    /** Schedules {@code tick} every {@code every} after {@code first}; {@code tick} must not throw. */
    static PeriodicTask start(ScheduledExecutorService scheduler, String name, Runnable tick, Duration first,
                              Duration every) {
        var task = new PeriodicTask(name, tick);
        task.future = scheduler.scheduleWithFixedDelay(task::runOnce, first.toMillis(), every.toMillis(),
                TimeUnit.MILLISECONDS);
        return task;
    }

    private void runOnce() {
        running.lock();
        try {
            if (!stopped) {
                tick.run();
            }
        } finally {
            running.unlock();
        }
    }

    /** Cancels the schedule and waits for a tick in flight to end. */
    void stop() {
        stopped = true;
        future.cancel(false);
        try {
            if (running.tryLock(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                running.unlock();
            } else {
                LOG.warning(() -> name + " still running " + GRACE + " after the deployment began to stop");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
