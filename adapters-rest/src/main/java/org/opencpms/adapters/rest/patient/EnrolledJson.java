package org.opencpms.adapters.rest.patient;

import org.opencpms.application.patient.EnrolPatient;

/** What the enrolling side learns: the new patient's id and pseudonym (nickname and pseudonym id). */
public record EnrolledJson(String id, String nickname, String pseudonymId) {

    public static EnrolledJson of(EnrolPatient.Enrolled enrolled) {
        return new EnrolledJson(enrolled.patient().value().toString(), enrolled.nickname().value(),
                enrolled.pseudonymId().value().toString());
    }
}
