package org.opencpms.domain.patient;

import org.opencpms.domain.shared.Conflict;
import org.opencpms.domain.shared.ProviderId;

/**
 * Another patient of the centre already has this hospital identifier. Thrown by the use case after
 * asking {@link Patients#findByHospitalIdentifier}; the message never repeats the identifier.
 */
public final class DuplicateHospitalIdentifier extends Conflict {

    public static final String CODE = "patient.duplicate-hospital-identifier";

    private static final long serialVersionUID = 1L;

    public DuplicateHospitalIdentifier(ProviderId centre) {
        super(CODE, "another patient of centre " + centre + " has the same hospital identifier");
    }
}
