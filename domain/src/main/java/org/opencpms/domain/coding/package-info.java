/**
 * Clinical codes from the terminologies a consultation form may use: ICD-10, ORPHAcode, HPO,
 * LOINC, SNOMED CT and MedDRA.
 *
 * <p>Invariants: every {@link org.opencpms.domain.coding.CodedEntry} names one
 * {@link org.opencpms.domain.coding.CodingSystem} and carries a code that is well formed in that
 * system; where the system defines a check digit (LOINC's mod-10, SNOMED CT's Verhoeff) the check
 * digit is verified, and a SNOMED CT code is a concept identifier (partition 00 or 10). Validation
 * is about form only: whether a code exists in a given release of a terminology is not checked.
 */
package org.opencpms.domain.coding;
