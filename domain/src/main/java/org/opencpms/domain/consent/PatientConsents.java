package org.opencpms.domain.consent;

import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;

/**
 * The consents of one patient that are in force at a given moment (given and not withdrawn).
 * Rules elsewhere ask this value rather than the consent records themselves.
 */
public record PatientConsents(PatientId patient, Set<ConsentKind> inForce) {

    public PatientConsents {
        Require.present(patient, "patient");
        inForce = inForce == null || inForce.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(inForce));
    }

    /**
     * The kinds for which at least one of the patient's consents is in force at {@code at}.
     *
     * @throws InvalidValue {@code consents.invalid} if a consent belongs to another patient
     */
    public static PatientConsents of(PatientId patient, Collection<Consent> consents, Instant at) {
        Require.present(patient, "patient");
        Require.present(at, "at");
        if (Require.present(consents, "consents").stream().anyMatch(c -> !c.patient().equals(patient))) {
            throw new InvalidValue("consents", "consents of another patient than " + patient);
        }
        return new PatientConsents(patient, consents.stream()
                .filter(c -> c.isInForceAt(at))
                .map(Consent::kind)
                .collect(Collectors.toSet()));
    }

    public boolean allows(ConsentKind kind) {
        return inForce.contains(kind);
    }

    /** Care and sharing within the ERN are both in force: a panel may be opened. */
    public boolean allowPanels() {
        return allows(ConsentKind.CARE) && allows(ConsentKind.SHARING_WITHIN_ERN);
    }

    /** Registry inclusion or research contact is in force: the patient may appear in the research data set. */
    public boolean allowResearchUse() {
        return allows(ConsentKind.REGISTRY_INCLUSION) || allows(ConsentKind.RESEARCH_CONTACT);
    }
}
