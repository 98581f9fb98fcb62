package org.opencpms.domain.consent;

import org.opencpms.domain.shared.Forbidden;
import org.opencpms.domain.shared.PatientId;

/** Only the enrolling health professional or their centre assistant records or withdraws a patient's consents. */
public final class ConsentForbidden extends Forbidden {

    public static final String CODE = "consent.forbidden";

    private static final long serialVersionUID = 1L;

    ConsentForbidden(PatientId patient) {
        super(CODE, "only the enrolling health professional or their assistant handles the consents of patient " + patient);
    }
}
