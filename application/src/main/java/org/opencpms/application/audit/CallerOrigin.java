package org.opencpms.application.audit;

/**
 * Where the current call comes from (a client address, "fhir", "dicom", "training"...), as the
 * inbound adapter knows it. It is written into every audit entry.
 */
@FunctionalInterface
public interface CallerOrigin {

    String describe();

    /** For calls made by an embedding program rather than an inbound adapter. */
    static CallerOrigin embedded() {
        return () -> "embedded";
    }
}
