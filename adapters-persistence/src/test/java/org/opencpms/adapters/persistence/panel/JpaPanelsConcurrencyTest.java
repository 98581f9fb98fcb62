package org.opencpms.adapters.persistence.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.adapters.persistence.panel.PanelStories.T0;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.user.Actor;

/**
 * Concurrent saves of one panel on a real PostgreSQL: whatever the interleaving, one save wins and
 * every other one fails with {@code panel.concurrent-update}; no update is ever lost.
 */
class JpaPanelsConcurrencyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static JpaTestDatabase database;
    private static JpaPanels panels;

    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final Actor lead = PanelStories.lead();

    @BeforeAll
    static void start() {
        database = JpaTestDatabase.create(JpaTestDatabase.Engine.POSTGRES);
        panels = new JpaPanels(database.entityManager());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private static Instant day(int n) {
        return T0.plus(Duration.ofDays(n));
    }

    private Panel storedDraft() {
        Panel panel = PanelStories.draft(PatientId.random(), lead, T0);
        database.inTransaction(() -> panels.save(panel));
        return panel;
    }

    private Panel stored(Panel panel) {
        return database.inTransaction(() -> panels.get(panel.id()));
    }

    /** Runs the work in a transaction of its own, on a thread of its own. */
    private Future<Void> transaction(Runnable work) {
        return threads.submit(() -> {
            database.inTransaction(work);
            return null;
        });
    }

    private static Throwable failureOf(Future<Void> transaction) throws InterruptedException {
        try {
            transaction.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the transaction did not finish", e);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
                throw new AssertionError("waited in vain");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Waits until a connection of the test database waits for a lock another transaction holds. */
    private static void awaitBlockedWriter() throws SQLException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        try (var c = database.dataSource().getConnection();
             var s = c.prepareStatement("SELECT count(*) FROM pg_stat_activity"
                     + " WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
            while (System.nanoTime() < deadline) {
                try (var rs = s.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > 0) {
                        return;
                    }
                }
                Thread.onSpinWait();
            }
        }
        throw new AssertionError("no writer ever waited for the lock");
    }

    private static void assertConcurrentUpdate(Throwable failure) {
        assertThat(failure).isInstanceOf(ConcurrentUpdate.class);
        assertThat(((DomainException) failure).code()).isEqualTo("panel.concurrent-update");
    }

    @Test
    void two_transactions_that_read_the_same_version_end_in_one_success_and_one_concurrent_update() throws Exception {
        Panel panel = storedDraft();
        var bothRead = new CountDownLatch(2);
        var firstCommitted = new CountDownLatch(1);

        Future<Void> first = transaction(() -> {
            Panel mine = panels.get(panel.id());
            bothRead.countDown();
            await(bothRead);
            mine.setDeadline(lead, day(20), day(1));
            panels.save(mine);
        });
        Future<Void> second = transaction(() -> {
            Panel mine = panels.get(panel.id());
            bothRead.countDown();
            await(firstCommitted);
            mine.setDeadline(lead, day(40), day(1));
            panels.save(mine);
        });
        assertThat(failureOf(first)).isNull();
        firstCommitted.countDown();

        assertConcurrentUpdate(failureOf(second));
        Panel stored = stored(panel);
        assertThat(stored.deadline()).contains(day(20));
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void a_save_that_waits_for_the_row_lock_of_a_concurrent_save_fails_once_that_one_commits() throws Exception {
        Panel panel = storedDraft();
        var firstSaved = new CountDownLatch(1);
        var commitFirst = new CountDownLatch(1);
        Panel secondsCopy = stored(panel);

        Future<Void> first = transaction(() -> {
            Panel mine = panels.get(panel.id());
            mine.setDeadline(lead, day(20), day(1));
            panels.save(mine);
            firstSaved.countDown();
            await(commitFirst);
        });
        await(firstSaved);
        Future<Void> second = transaction(() -> {
            secondsCopy.setDeadline(lead, day(40), day(1));
            panels.save(secondsCopy);
        });
        awaitBlockedWriter();
        commitFirst.countDown();

        assertThat(failureOf(first)).isNull();
        assertConcurrentUpdate(failureOf(second));
        assertThat(stored(panel).deadline()).contains(day(20));
        assertThat(stored(panel).version()).isEqualTo(1);
    }

    @Test
    void of_many_racing_saves_of_the_same_version_exactly_one_wins_and_its_change_is_kept() throws Exception {
        Panel panel = storedDraft();
        int racers = 6;
        var allRead = new CyclicBarrier(racers);
        List<Future<Void>> saves = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            int days = 10 + i;
            saves.add(transaction(() -> {
                Panel mine = panels.get(panel.id());
                try {
                    allRead.await(PATIENCE.toSeconds(), TimeUnit.SECONDS);
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
                mine.setDeadline(lead, day(days), day(1));
                panels.save(mine);
            }));
        }

        List<Integer> winners = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            Throwable failure = failureOf(saves.get(i));
            if (failure == null) {
                winners.add(i);
            } else {
                assertConcurrentUpdate(failure);
            }
        }

        assertThat(winners).hasSize(1);
        Panel stored = stored(panel);
        assertThat(stored.deadline()).contains(day(10 + winners.get(0)));
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void two_transactions_creating_the_same_panel_end_in_one_success_and_one_concurrent_update() throws Exception {
        Panel panel = PanelStories.draft(PatientId.random(), lead, T0);
        var firstSaved = new CountDownLatch(1);
        var commitFirst = new CountDownLatch(1);

        Future<Void> first = transaction(() -> {
            panels.save(panel);
            firstSaved.countDown();
            await(commitFirst);
        });
        await(firstSaved);
        Future<Void> second = transaction(() -> panels.save(panel));
        awaitBlockedWriter();
        commitFirst.countDown();

        assertThat(failureOf(first)).isNull();
        assertConcurrentUpdate(failureOf(second));
        assertThat(stored(panel).version()).isZero();
    }
}
