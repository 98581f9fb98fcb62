package org.opencpms.adapters.persistence;

import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;

/**
 * What every JPA port does when it saves: check the aggregate's version against the stored one,
 * flush, and translate the storage failures into the domain's exceptions, so that no JPA or SQL
 * exception ever leaves a port.
 *
 * <p>Version mapping: EclipseLink numbers a row's {@code @Version} from 1 on insert while the
 * domain numbers an aggregate from 0, so <em>entity version = domain version + 1</em>.
 *
 * <p>Translation: an optimistic lock failure anywhere in the cause chain becomes
 * {@link ConcurrentUpdate}; a unique violation (an {@link SQLException} with SQLState
 * {@value #UNIQUE_VIOLATION}, as PostgreSQL and H2 both report it) becomes the caller's domain
 * exception, or, where the caller names none for it, {@link ConcurrentUpdate} (another transaction
 * inserted the same key first); anything else is rethrown as it is.
 */
public final class Stores {

    /** The SQLState of a unique (or primary key) violation on PostgreSQL and H2. */
    public static final String UNIQUE_VIOLATION = "23505";

    private Stores() {
    }

    /**
     * Flushes the entity manager, translating a stale version into {@link ConcurrentUpdate} and a
     * unique violation into {@code onDuplicate}'s exception.
     */
    public static void flush(EntityManager em, String aggregate, Object id, Supplier<? extends DomainException> onDuplicate) {
        Objects.requireNonNull(onDuplicate, "onDuplicate");
        try {
            em.flush();
        } catch (RuntimeException e) {
            throw translate(e, aggregate, id, onDuplicate);
        }
    }

    /**
     * Flushes the entity manager, translating a stale version into {@link ConcurrentUpdate} and a
     * unique violation of a constraint named in {@code onDuplicateOf} (its name appears in the
     * database's message, compared case-insensitively; give names none of which contains another)
     * into that constraint's exception. A unique violation of any other constraint, e.g. of the
     * primary key, means another transaction inserted the same key first: {@link ConcurrentUpdate}.
     */
    public static void flush(EntityManager em, String aggregate, Object id,
            Map<String, Supplier<? extends DomainException>> onDuplicateOf) {
        Objects.requireNonNull(onDuplicateOf, "onDuplicateOf");
        try {
            em.flush();
        } catch (RuntimeException e) {
            throw translate(e, aggregate, id, () -> onDuplicateOf.entrySet().stream()
                    .filter(constraint -> violates(e, constraint.getKey()))
                    .findFirst()
                    .<DomainException>map(constraint -> constraint.getValue().get())
                    .orElseGet(() -> new ConcurrentUpdate(aggregate, id)));
        }
    }

    /**
     * Flushes the entity manager, translating a stale version, or a unique violation (another
     * transaction inserted the same key first), into {@link ConcurrentUpdate}.
     */
    public static void flush(EntityManager em, String aggregate, Object id) {
        flush(em, aggregate, id, Map.of());
    }

    /**
     * The exception to throw for a storage failure: {@link ConcurrentUpdate} for an optimistic lock
     * failure, {@code onDuplicate}'s exception for a unique violation, else {@code failure}.
     */
    public static RuntimeException translate(RuntimeException failure, String aggregate, Object id,
            Supplier<? extends DomainException> onDuplicate) {
        if (isOptimisticLockFailure(failure)) {
            return new ConcurrentUpdate(aggregate, id);
        }
        if (isUniqueViolation(failure)) {
            return onDuplicate.get();
        }
        return failure;
    }

    /**
     * Persists the rows of a new aggregate without looking for stored ones first. Rows already in the
     * persistence context (the same new aggregate saved twice) are refused here, rows already stored by the
     * flush (their primary key): either way a {@link ConcurrentUpdate}.
     */
    public static void persistNew(EntityManager em, String aggregate, Object id, Object... rows) {
        try {
            for (Object row : rows) {
                em.persist(row);
            }
        } catch (EntityExistsException e) {
            throw new ConcurrentUpdate(aggregate, id);
        }
    }

    /**
     * Checks a stored row against the aggregate being saved.
     *
     * @throws ConcurrentUpdate unless {@code entityVersion == domainVersion + 1}
     */
    public static void checkVersion(String aggregate, Object id, long entityVersion, long domainVersion) {
        if (entityVersion != domainVersion + 1) {
            throw new ConcurrentUpdate(aggregate, id);
        }
    }

    /**
     * Checks an aggregate that has no row yet: only a new aggregate (version 0) may be inserted;
     * a later version means its row was deleted or never written by this store.
     *
     * @throws ConcurrentUpdate unless {@code domainVersion == 0}
     */
    public static void checkNew(String aggregate, Object id, long domainVersion) {
        if (domainVersion != 0) {
            throw new ConcurrentUpdate(aggregate, id);
        }
    }

    /** The domain version of a stored row: its entity version minus one. */
    public static long domainVersion(long entityVersion) {
        return entityVersion - 1;
    }

    /**
     * Whether an optimistic lock failure (JPA's or EclipseLink's) is in the cause chain (suppressed
     * exceptions included). Also for the edge of a transaction, to translate a failure of the commit.
     */
    public static boolean isOptimisticLockFailure(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a unique violation (SQLState {@value #UNIQUE_VIOLATION}) is in the cause chain, batch
     * entries and suppressed exceptions included. Also for the edge of a transaction, to translate a
     * failure of the commit.
     */
    public static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a unique violation of the named constraint (named in its message) is in the cause chain. */
    public static boolean violates(Throwable failure, String constraint) {
        String name = constraint.toLowerCase(Locale.ROOT);
        for (Throwable t : chain(failure)) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState()) && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The causes of a failure, each SQLException followed by its next exceptions, and the suppressed
     * exceptions of each (a JTA transaction manager reports a failure of the commit's flush as a
     * {@code RollbackException} that carries it as its cause or as a suppressed exception), without
     * revisiting any.
     */
    private static Set<Throwable> chain(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        collect(failure, seen);
        return seen;
    }

    private static void collect(Throwable failure, Set<Throwable> seen) {
        Throwable t = failure;
        while (t != null && seen.add(t)) {
            if (t instanceof SQLException sql && sql.getNextException() != null) {
                collect(sql.getNextException(), seen);
            }
            for (Throwable suppressed : t.getSuppressed()) {
                collect(suppressed, seen);
            }
            t = t.getCause();
        }
    }
}
