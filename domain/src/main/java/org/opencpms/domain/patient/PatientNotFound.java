package org.opencpms.domain.patient;

import org.opencpms.domain.shared.NotFound;
import org.opencpms.domain.shared.PatientId;

/** No patient has the id asked for. */
public final class PatientNotFound extends NotFound {

    public static final String CODE = "patient.not-found";

    private static final long serialVersionUID = 1L;

    public PatientNotFound(PatientId id) {
        super(CODE, "no patient " + id);
    }
}
