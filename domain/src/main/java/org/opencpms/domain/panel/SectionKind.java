package org.opencpms.domain.panel;

/** The structured clinical sections of a consultation form, in the order the form shows them. */
public enum SectionKind {
    MEDICAL_HISTORY,
    CLINICAL_FINDINGS,
    LABORATORY,
    GENETICS,
    HISTOLOGY,
    IMAGING
}
