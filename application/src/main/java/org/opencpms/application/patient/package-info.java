/**
 * Use cases of patients: enrolment, correction of identifying data, the patient view, the centre's
 * patient list and the GDPR Art. 15 export of a patient's audit trail.
 *
 * <p>Invariants kept here: what an actor sees is decided by
 * {@link org.opencpms.domain.access.AccessPolicy}; identifying data and the enrolment date appear in
 * a view only as an {@link org.opencpms.application.patient.Identity} and only where the policy lets
 * the actor see it, so that everyone else sees the nickname, age, sex and clinical data only;
 * the hospital identifier is unique within the centre, checked only after the domain has accepted
 * the actor; every read of a patient is audited with the patient's id (one entry per patient shown).
 */
package org.opencpms.application.patient;
