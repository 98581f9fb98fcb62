package org.opencpms.domain.imaging;

import org.opencpms.domain.shared.NotFound;

/**
 * An instance arrived for no patient enrolled at the sending centre (by the hospital patient id it carries). The
 * message never repeats that id: it is identifying data.
 */
public final class ImagingPatientUnknown extends NotFound {

    public static final String CODE = "imaging.unknown-patient";

    private static final long serialVersionUID = 1L;

    public ImagingPatientUnknown() {
        super(CODE, "no patient enrolled at the sending centre has the patient id of the instance");
    }
}
