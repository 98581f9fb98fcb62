package org.opencpms.adapters.rest.patient;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opencpms.application.patient.PatientSummary;
import org.opencpms.domain.patient.Sex;

/** A patient in the centre's list: nickname, age, sex, and the identity where the caller sees it (absent otherwise). */
public record PatientSummaryJson(String id, String nickname, int ageInYears,
                                 @Schema(implementation = Sex.class) String sex, IdentityJson identity) {

    public static PatientSummaryJson of(PatientSummary summary) {
        return new PatientSummaryJson(summary.id().value().toString(), summary.nickname().value(),
                summary.ageInYears(), summary.sex().name(), summary.identity().map(IdentityJson::of).orElse(null));
    }
}
