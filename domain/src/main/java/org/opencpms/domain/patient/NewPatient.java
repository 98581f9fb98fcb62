package org.opencpms.domain.patient;

import java.time.LocalDate;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * Everything an enrolment records: the new patient's id and pseudonym, their identifying data, the
 * enrolling centre, the enrolling health professional and the enrolment date.
 */
public record NewPatient(PatientId id, Pseudonym pseudonym, IdentifyingData identifyingData, ProviderId centre,
                         UserId enrollingHp, LocalDate enrolledOn) {

    public NewPatient {
        Require.present(id, "patient-id");
        Require.present(pseudonym, "pseudonym");
        Require.present(identifyingData, "identifying-data");
        Require.present(centre, "centre");
        Require.present(enrollingHp, "enrolling-hp");
        Require.present(enrolledOn, "enrolled-on");
    }

    @Override
    public String toString() {
        return "NewPatient[" + id + "]";
    }
}
