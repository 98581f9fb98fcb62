/**
 * Consents: what each patient agreed to, and since and until when.
 *
 * <p>A {@link org.opencpms.domain.consent.Consent} of one {@link org.opencpms.domain.consent.ConsentKind}
 * is recorded with its date, form version and language and optionally the signed document, by the
 * enrolling health professional or their centre assistant. Rules elsewhere ask
 * {@link org.opencpms.domain.consent.PatientConsents} (the kinds in force at an instant) rather than
 * the consents themselves. {@link org.opencpms.domain.consent.Enrolment} enrols a patient together
 * with the consents they gave.
 *
 * <p>Invariants: no enrolment without a consent for care ({@code enrolment.care-consent-required});
 * consents are never deleted; a withdrawal is recorded once ({@code consent.already-withdrawn}), is
 * kept, and takes effect the moment it is recorded; only those who handle the patient record or
 * withdraw consents ({@code consent.forbidden}).
 */
package org.opencpms.domain.consent;
