/**
 * The anonymised research data set.
 *
 * <p>Invariants: a patient appears only while a consent for registry inclusion or for research
 * contact is in force; a record carries no name, no date of birth (only a five-year age band), no
 * identifier of any kind (no patient, pseudonym, panel or DICOM UID), no free text (only coded
 * diagnoses and phenotypes with their standard display), and the country of the centre rather than
 * the centre itself.
 */
package org.opencpms.domain.research;
