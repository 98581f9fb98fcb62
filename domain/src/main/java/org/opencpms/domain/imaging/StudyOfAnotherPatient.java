package org.opencpms.domain.imaging;

import org.opencpms.domain.shared.RuleViolation;

/** A study is attached only to a panel of the patient it belongs to. */
public final class StudyOfAnotherPatient extends RuleViolation {

    public static final String CODE = "study.other-patient";

    private static final long serialVersionUID = 1L;

    StudyOfAnotherPatient() {
        super(CODE, "the study belongs to another patient than the panel");
    }
}
