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
 *
 * <p>Invariant: a stopped task leaves the scheduler's queue within a {@link #BEAT}. The server's scheduler keeps a
 * cancelled future in its queue until the time it was due, and the future holds the tick, a class of this deployment,
 * so a task due an hour later (the audit watch) kept the whole undeployed EAR (its class loader, every class, HAPI's
 * validator) in memory for that hour. So the scheduler wakes the task every beat, and the task runs its tick when it
 * is due.
 */
final class PeriodicTask {

    /** How long {@link #stop} waits for a tick in flight: longer than any tick of ours takes. */
    static final Duration GRACE = Duration.ofSeconds(30);
    /** How often the scheduler wakes a task (or at its period, if shorter). */
    static final Duration BEAT = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(PeriodicTask.class.getName());

    private final String name;
    private final Runnable tick;
    private final long everyNanos;
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopped;
    private long due;
    private ScheduledFuture<?> future;

    private PeriodicTask(String name, Runnable tick, Duration first, Duration every) {
        this.name = name;
        this.tick = tick;
        this.everyNanos = every.toNanos();
        this.due = System.nanoTime() + first.toNanos();
    }

    /** Runs {@code tick} after {@code first}, then {@code every} after each tick ends; {@code tick} must not throw. */
    static PeriodicTask start(ScheduledExecutorService scheduler, String name, Runnable tick, Duration first,
                              Duration every) {
        var task = new PeriodicTask(name, tick, first, every);
        long beat = Math.max(1, Math.min(every.toMillis(), BEAT.toMillis()));
        task.future = scheduler.scheduleWithFixedDelay(task::runIfDue, Math.min(first.toMillis(), beat), beat,
                TimeUnit.MILLISECONDS);
        return task;
    }

    private void runIfDue() {
        running.lock();
        try {
            if (!stopped && System.nanoTime() - due >= 0) {
                tick.run();
                due = System.nanoTime() + everyNanos;
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
