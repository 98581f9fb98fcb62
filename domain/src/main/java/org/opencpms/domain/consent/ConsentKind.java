package org.opencpms.domain.consent;

/** The four consents a patient gives (PRODUCT.md, "Patients, consent, pseudonyms"). */
public enum ConsentKind {
    /** Mandatory: no enrolment and no panel without it. */
    CARE,
    /** Sharing of de-identified data within the ERN(s): required to open a panel. */
    SHARING_WITHIN_ERN,
    /** Inclusion in ERN registries and databases: optional. */
    REGISTRY_INCLUSION,
    /** Being contacted about research: optional. */
    RESEARCH_CONTACT
}
