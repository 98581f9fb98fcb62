package org.opencpms.adapters.persistence.audit;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * A transaction on another thread that appends and then stays open, holding its chain's head, until closed; closing
 * commits it and waits for the commit.
 */
final class HeldAppend implements AutoCloseable {

    /** How a test runs work in one transaction. */
    interface Transactions {
        <T> T inTransaction(Supplier<T> work);
    }

    private final CountDownLatch appended = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private final CompletableFuture<Void> transaction;

    HeldAppend(Transactions transactions, Runnable append) {
        transaction = CompletableFuture.runAsync(() -> transactions.inTransaction(() -> {
            append.run();
            appended.countDown();
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return null;
        }));
    }

    /** Waits until the append is done (its head held). */
    void appended() throws InterruptedException {
        if (!appended.await(30, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the held transaction did not append within 30 s");
        }
    }

    /** Lets the transaction commit and waits for it. */
    @Override
    public void close() {
        release.countDown();
        try {
            transaction.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the held transaction did not commit", e);
        }
    }
}
