package org.opencpms.application.patient;

import java.time.LocalDate;
import java.util.Optional;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.shared.PatientId;

/** A patient in a list: nickname, age in whole years today, sex, enrolment date, and the identity where the actor sees it. */
public record PatientSummary(PatientId id, Nickname nickname, int ageInYears, Sex sex, LocalDate enrolledOn,
                             Optional<Identity> identity) {
}
