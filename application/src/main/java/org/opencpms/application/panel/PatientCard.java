package org.opencpms.application.panel;

import java.time.LocalDate;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.shared.PatientId;

/**
 * The patient as every panel shows them, to everyone including the enrolling health professional:
 * the pseudonymous id and nickname, the age in whole years today and the sex. Never identifying data.
 */
public record PatientCard(PatientId id, Nickname nickname, int ageInYears, Sex sex) {

    static PatientCard of(Patient patient, LocalDate today) {
        return new PatientCard(patient.id(), patient.nickname(), patient.ageInYearsAt(today), patient.sex());
    }
}
