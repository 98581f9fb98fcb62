package org.opencpms.application.audit;

/**
 * The {@link CallerOrigin} of the inbound adapter serving the current thread: the REST edge (or FHIR, DICOM)
 * sets it when a call arrives and clears it when the call ends; work started by the system itself (start-up,
 * the outbox relay, the training data set) reads {@code "system"}.
 */
public final class InboundOrigin implements CallerOrigin {

    private static final String SYSTEM = "system";
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** Marks the current thread as serving a call from {@code origin} (e.g. {@code "rest 192.0.2.7"}). */
    public static void set(String origin) {
        CURRENT.set(origin == null || origin.isBlank() ? SYSTEM : origin);
    }

    /** The call is over: the thread serves nobody now. */
    public static void clear() {
        CURRENT.remove();
    }

    @Override
    public String describe() {
        var origin = CURRENT.get();
        return origin != null ? origin : SYSTEM;
    }
}
