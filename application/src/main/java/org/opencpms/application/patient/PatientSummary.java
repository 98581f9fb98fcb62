package org.opencpms.application.patient;

import java.util.Optional;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.shared.PatientId;

/**
 * A patient in a list: nickname, age in whole years today, sex, and the identity (with the enrolment
 * date) where the actor sees it.
 */
public record PatientSummary(PatientId id, Nickname nickname, int ageInYears, Sex sex, Optional<Identity> identity) {
}
