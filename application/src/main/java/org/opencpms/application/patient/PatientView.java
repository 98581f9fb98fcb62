package org.opencpms.application.patient;

import java.util.Optional;
import java.util.Set;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;

/**
 * One patient as the actor may see them: the pseudonym, age in whole years today, sex, enrolling
 * centre (which every panel of the patient names too), the kinds of consent in force, and the
 * identity, enrolment date included, only when the access policy lets the actor see it (otherwise
 * {@code identity} is empty); plus the version to send back with a correction.
 */
public record PatientView(PatientId id, PseudonymId pseudonymId, Nickname nickname, int ageInYears, Sex sex,
                          ProviderId centre, Set<ConsentKind> consentsInForce, Optional<Identity> identity,
                          long version) {

    public PatientView {
        consentsInForce = Set.copyOf(consentsInForce);
    }
}
