/**
 * Storage of the patients ({@link org.opencpms.adapters.persistence.patient.JpaPatients}), with the
 * identifying data kept apart from the pseudonymous data and encrypted at rest
 * ({@link org.opencpms.adapters.persistence.patient.IdentityCipher}).
 *
 * <p>Invariants: table {@code patient} holds only pseudonymous data (pseudonym, centre, enrolling
 * health professional, enrolment date, sex) and is what every other table refers to; table
 * {@code patient_identity} holds the identifying data, one row per patient, and is referred to by no
 * other table, so no query over clinical data reaches a name without naming that table. Every
 * identifying column is an AES-GCM ciphertext bound to its column and patient; the hospital
 * identifier is found and kept unique per centre through a keyed blind index, never in clear.
 */
package org.opencpms.adapters.persistence.patient;
