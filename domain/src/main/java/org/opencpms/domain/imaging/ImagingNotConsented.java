package org.opencpms.domain.imaging;

import org.opencpms.domain.shared.Forbidden;

/** The patient's consents in force do not allow sharing their de-identified images within the ERN. */
public final class ImagingNotConsented extends Forbidden {

    public static final String CODE = "imaging.no-consent";

    private static final long serialVersionUID = 1L;

    public ImagingNotConsented() {
        super(CODE, "the patient has not consented to care and to sharing within the ERN");
    }
}
