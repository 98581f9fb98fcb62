package org.opencpms.domain.imaging;

import org.opencpms.domain.shared.Require;

/**
 * What an instance says about text burned into its pixels, as received: its Burned In Annotation (YES, NO, or not
 * stated), modality and SOP class UID. {@link BurnedInTextRule} decides from it.
 */
public record BurnedInText(Statement annotation, String modality, String sopClassUid) {

    /** The instance's Burned In Annotation (0028,0301). */
    public enum Statement { YES, NO, NOT_STATED }

    public BurnedInText {
        Require.present(annotation, "burned-in-annotation");
        modality = modality == null ? "" : modality.strip();
        sopClassUid = sopClassUid == null ? "" : sopClassUid.strip();
    }
}
