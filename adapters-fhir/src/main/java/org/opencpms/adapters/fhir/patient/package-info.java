/**
 * Patient over FHIR: enrolment with consent as one transaction Bundle, conditional create on the hospital identifier,
 * read, update (a correction of the identifying data, versioned by ETag) and the PDQm search.
 *
 * <p>Invariants: nothing is enrolled without the care consent (the domain refuses a Patient alone); a re-push with
 * {@code ifNoneExist} naming a patient the caller handles changes nothing; identifying data leave only in a view the
 * access policy gave with identity, everyone else gets the pseudonymised Patient (pseudonym id, nickname, gender, age).
 */
package org.opencpms.adapters.fhir.patient;
