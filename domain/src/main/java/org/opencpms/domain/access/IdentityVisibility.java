package org.opencpms.domain.access;

/** Who, besides the enrolling health professional and their assistant, sees identifying data. */
public enum IdentityVisibility {
    /** Nobody else (the default). */
    STRICT,
    /** Every health professional and centre assistant of the enrolling centre. */
    CENTRE
}
