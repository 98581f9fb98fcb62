package org.opencpms.domain.shared;

/**
 * Someone else changed the aggregate since it was read: the change is refused rather than lost.
 * Storage adapters throw it on a stale version; use cases throw it when the caller's expected
 * version (e.g. an HTTP {@code If-Match}) is not the current one. Code: {@code <aggregate>.concurrent-update}.
 */
public final class ConcurrentUpdate extends Conflict {

    private static final long serialVersionUID = 1L;

    public ConcurrentUpdate(String aggregate, Object id) {
        super(aggregate + ".concurrent-update", aggregate + " " + id + " was changed by someone else; read it again and retry");
    }

    /** @throws ConcurrentUpdate unless {@code expected} is null (no expectation) or equals {@code actual} */
    public static void check(String aggregate, Object id, Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw new ConcurrentUpdate(aggregate, id);
        }
    }
}
