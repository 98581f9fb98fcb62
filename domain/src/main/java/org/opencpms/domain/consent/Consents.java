package org.opencpms.domain.consent;

import java.util.List;
import java.util.Optional;
import org.opencpms.domain.shared.PatientId;

/**
 * Port: the consents recorded. Consents are never deleted. Never returns null; saving a consent
 * whose version is stale fails with a {@code Conflict}.
 */
public interface Consents {

    Optional<Consent> find(ConsentId id);

    /** @throws ConsentNotFound {@code consent.not-found} */
    default Consent get(ConsentId id) {
        return find(id).orElseThrow(() -> new ConsentNotFound(id));
    }

    /**
     * Stores the consent: a {@linkplain Consent#isNew() new} one is inserted (refused with a {@code Conflict} if
     * already stored), any other one replaces the stored version it was read at.
     */
    void save(Consent consent);

    /** All consents of the patient, withdrawn ones included, in the order they were recorded. */
    List<Consent> ofPatient(PatientId patient);
}
