package org.opencpms.adapters.rest.problem;

import java.util.IdentityHashMap;

/** Looks through the cause chain of a failure (wrappers of JSON-B, RESTEasy and the container). */
final class Causes {

    private Causes() {
    }

    /** The failure itself or its first cause that is a {@code type}, or null; safe against cause cycles. */
    static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        var seen = new IdentityHashMap<Throwable, Boolean>();
        for (var current = failure; current != null && seen.put(current, Boolean.TRUE) == null;
             current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
        }
        return null;
    }
}
