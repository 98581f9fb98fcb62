package org.opencpms.adapters.persistence.startup;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TransactionRequiredException;
import org.opencpms.application.startup.StartUpLock;

/**
 * The start-up lock as the row lock on the one row of {@code start_up_lock}: updating the row locks it until the
 * transaction ends, and a second transaction's update waits for that, on PostgreSQL and H2 alike. An update
 * rather than {@code SELECT ... FOR UPDATE}, so that the JPA provider runs it on the transaction's own connection
 * whatever it does with reads.
 */
@ApplicationScoped
public class JpaStartUpLock implements StartUpLock {

    private final EntityManager em;

    @Inject
    public JpaStartUpLock(EntityManager em) {
        this.em = em;
    }

    @Override
    public void holdUntilCommit() {
        try {
            int rows = em.createNativeQuery("UPDATE start_up_lock SET held_since = CURRENT_TIMESTAMP WHERE id = 1")
                    .executeUpdate();
            if (rows != 1) {
                throw new IllegalStateException("the start-up lock row is missing: table start_up_lock must hold id 1");
            }
        } catch (TransactionRequiredException e) {
            throw new IllegalStateException("the start-up lock is held by a transaction: take it inside one", e);
        }
    }
}
