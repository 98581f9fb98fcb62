package org.opencpms.domain.patient;

import org.opencpms.domain.shared.RuleViolation;

/** A date of birth after the enrolment date. */
public final class BornAfterEnrolment extends RuleViolation {

    public static final String CODE = "patient.born-after-enrolment";

    private static final long serialVersionUID = 1L;

    BornAfterEnrolment() {
        super(CODE, "the date of birth is after the enrolment date");
    }
}
