package org.opencpms.application.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.consent.Consent;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.shared.PatientId;

/**
 * Consents kept as restored copies, so that callers never share state with the store and a stale
 * version fails with {@link ConcurrentUpdate}, as in the database. Nothing is ever removed.
 * Thread-safe.
 */
public final class InMemoryConsents implements Consents {

    private final Map<ConsentId, Consent> consents = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Consent> find(ConsentId id) {
        return Optional.ofNullable(consents.get(id)).map(c -> copy(c, c.version()));
    }

    @Override
    public synchronized void save(Consent consent) {
        var stored = consents.get(consent.id());
        long version = StoredVersions.next("consent", consent.id(), stored == null ? null : stored.version(), consent.version(),
                consent.isNew());
        consents.put(consent.id(), copy(consent, version));
    }

    /** Every consent, in the order first saved. */
    public synchronized List<Consent> all() {
        return List.copyOf(consents.values());
    }

    /** In the order recorded: by the instant recorded, then in the order first saved. */
    @Override
    public synchronized List<Consent> ofPatient(PatientId patient) {
        return consents.values().stream()
                .filter(c -> c.patient().equals(patient))
                .sorted(Comparator.comparing(Consent::recordedAt))
                .map(c -> copy(c, c.version()))
                .toList();
    }

    private static Consent copy(Consent c, long version) {
        return Consent.restore(c.id(), c.patient(), c.given(), c.recordedBy(), c.recordedAt(),
                c.withdrawal().orElse(null), version);
    }
}
