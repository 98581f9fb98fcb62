package org.opencpms.domain.patient;

/** Administrative sex as recorded at enrolment. */
public enum Sex {
    FEMALE,
    MALE,
    OTHER,
    UNKNOWN
}
