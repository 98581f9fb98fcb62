/**
 * Patients: enrolment, identifying data and pseudonyms.
 *
 * <p>A {@link org.opencpms.domain.patient.Patient} is enrolled at a centre by a health professional
 * of that centre (or their centre assistant on their behalf) with their
 * {@link org.opencpms.domain.patient.IdentifyingData}, and receives a system-made
 * {@link org.opencpms.domain.patient.Pseudonym}: a readable {@link org.opencpms.domain.patient.Nickname}
 * from the {@link org.opencpms.domain.patient.NicknameGenerator} and an opaque
 * {@link org.opencpms.domain.patient.PseudonymId}.
 *
 * <p>Invariants: the pseudonym is unique, stable and never derived from identifying data; the
 * hospital identifier is unique within the centre ({@code patient.duplicate-hospital-identifier},
 * checked by the use case); the date of birth is never after the enrolment date; only the enrolling
 * HP or their centre assistant changes a patient; identifying data never appears in events, in
 * exception messages or in {@code toString()}. Everyone else knows the patient by nickname, age in
 * years and sex. A centre's patient list has one order, {@link org.opencpms.domain.patient.PatientCursor#LIST_ORDER},
 * and is paged by position ({@link org.opencpms.domain.patient.PatientCursor}).
 */
package org.opencpms.domain.patient;
