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

    /**
     * The current call is made by a machine client for a person: the origin names the client too (e.g. {@code "fhir
     * 192.0.2.7 client his-charite"}), so that the audit records both the person (the actor) and the client.
     */
    public static void throughClient(String clientId) {
        CURRENT.set(new InboundOrigin().describe() + " client " + clientId);
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
