package org.opencpms.application.imaging;

import org.opencpms.domain.imaging.BurnedInText;
import org.opencpms.domain.patient.Pseudonym;

/**
 * A DICOM instance as an inbound adapter received it (C-STORE, STOW-RS), read but not de-identified and not kept:
 * it still carries the hospital's identifiers, so it lives only as long as its reception.
 */
public interface ReceivedInstance {

    /** The hospital patient id the instance carries (Patient ID), blank if it carries none. */
    String hospitalPatientId();

    /** What the instance says about text burned into its pixels, before any change. */
    BurnedInText burnedInText();

    /**
     * The instance de-identified for the patient of this pseudonym (PS3.15 Annex E): their pseudonym instead of
     * their identity, pseudonymous UIDs, nothing else identifying.
     */
    DeidentifiedInstance deidentify(Pseudonym pseudonym);
}
