package org.opencpms.domain.consent;

import org.opencpms.domain.shared.RuleViolation;

/** A consent recorded, withdrawn or required against the rules. */
public final class InvalidConsent extends RuleViolation {

    /** The patient given is not the consent's patient. */
    public static final String OTHER_PATIENT = "consent.other-patient";
    /** A consent is not withdrawn on a date before it was given. */
    public static final String WITHDRAWN_BEFORE_GIVEN = "consent.withdrawn-before-given";
    /** No enrolment without a consent for care given on or before the enrolment date. */
    public static final String CARE_CONSENT_REQUIRED = "enrolment.care-consent-required";

    private static final long serialVersionUID = 1L;

    private InvalidConsent(String code, String message) {
        super(code, message);
    }

    static InvalidConsent otherPatient() {
        return new InvalidConsent(OTHER_PATIENT, "the consent belongs to another patient");
    }

    static InvalidConsent withdrawnBeforeGiven() {
        return new InvalidConsent(WITHDRAWN_BEFORE_GIVEN, "a consent cannot be withdrawn before the date it was given");
    }

    static InvalidConsent careConsentRequired() {
        return new InvalidConsent(CARE_CONSENT_REQUIRED, "a patient is enrolled only with a consent for care given on or before the enrolment date");
    }
}
