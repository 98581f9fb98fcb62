package org.opencpms.adapters.persistence.startup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.reference.JpaNetworks;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.Network;

/**
 * Two nodes starting at once run the same idempotent start-up work ("establish ERKNet unless it is there"): under
 * the lock the second waits for the first to commit, then finds the network there, instead of both inserting it.
 */
class JpaStartUpLockTest {

    private static final long HOLD_MILLIS = 400;

    @ParameterizedTest
    @Timeout(60)
    @EnumSource(JpaTestDatabase.Engine.class)
    void a_second_node_waits_for_the_first_and_then_finds_its_work_done(JpaTestDatabase.Engine engine) throws Exception {
        try (var database = JpaTestDatabase.create(engine)) {
            var lock = new JpaStartUpLock(database.entityManager());
            var networks = new JpaNetworks(database.entityManager());
            var firstHoldsTheLock = new CountDownLatch(1);

            var first = CompletableFuture.supplyAsync(() -> database.inTransaction(() -> {
                lock.holdUntilCommit();
                firstHoldsTheLock.countDown();
                boolean established = establishUnlessThere(networks);
                pause();
                return established;
            }));
            assertThat(firstHoldsTheLock.await(10, TimeUnit.SECONDS)).isTrue();
            long waitFrom = System.nanoTime();
            boolean secondEstablished = database.inTransaction(() -> {
                lock.holdUntilCommit();
                return establishUnlessThere(networks);
            });
            long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - waitFrom);

            assertThat(first.get(10, TimeUnit.SECONDS)).isTrue();
            assertThat(secondEstablished).isFalse();
            assertThat(waitedMillis).isGreaterThanOrEqualTo(HOLD_MILLIS / 2);
            assertThat(database.inTransaction(() -> networks.find(Ern.ERKNET))).isPresent();
        }
    }

    @ParameterizedTest
    @Timeout(60)
    @EnumSource(JpaTestDatabase.Engine.class)
    void the_lock_is_released_by_the_end_of_the_transaction_so_it_can_be_taken_again(JpaTestDatabase.Engine engine) {
        try (var database = JpaTestDatabase.create(engine)) {
            var lock = new JpaStartUpLock(database.entityManager());

            database.inTransaction(lock::holdUntilCommit);
            assertThatThrownBy(() -> database.inTransaction(() -> {
                lock.holdUntilCommit();
                throw new IllegalArgumentException("start-up work failed");
            })).hasMessage("start-up work failed");
            database.inTransaction(lock::holdUntilCommit);
        }
    }

    /** Start-up work as a platform operator would do it. */
    private static boolean establishUnlessThere(JpaNetworks networks) {
        if (networks.find(Ern.ERKNET).isPresent()) {
            return false;
        }
        networks.save(Network.establish(Ern.ERKNET, () -> true, Instant.parse("2026-12-01T08:00:00Z")));
        return true;
    }

    /**
     * Keeps the first transaction open, with its network inserted but not committed, so that a second transaction not
     * held back by the lock would look in that window and insert again. The test passes on what the second finds, not
     * on timing: a slower machine only widens the window.
     */
    private static void pause() {
        try {
            Thread.sleep(HOLD_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
