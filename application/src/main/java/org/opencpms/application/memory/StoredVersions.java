package org.opencpms.application.memory;

import org.opencpms.domain.shared.ConcurrentUpdate;

/**
 * The version rule every in-memory store shares with the database: a new aggregate is saved at
 * version 0, an existing one only at the version stored, and each save stores the next version.
 */
final class StoredVersions {

    private StoredVersions() {
    }

    /**
     * @param stored the version stored, or null when nothing is stored under this id
     * @return the version to store
     * @throws ConcurrentUpdate {@code <aggregate>.concurrent-update} when {@code given} is not the stored version
     *                          (or not 0 for a new aggregate)
     */
    static long next(String aggregate, Object id, Long stored, long given) {
        return next(aggregate, id, stored, given, false);
    }

    /**
     * As {@link #next(String, Object, Long, long)}, for an aggregate that may say it is new (just created by its
     * factory): a new one is refused when something is already stored under its id, whatever its version.
     */
    static long next(String aggregate, Object id, Long stored, long given, boolean isNew) {
        if (given != (stored == null ? 0 : stored) || isNew && stored != null) {
            throw new ConcurrentUpdate(aggregate, id);
        }
        return stored == null ? 0 : given + 1;
    }
}
