/**
 * The anonymised research data set.
 *
 * <p>Invariants: a patient appears only while a consent for registry inclusion or for research
 * contact is in force, and only to a researcher of an ERN that leads one of their panels, with what
 * those panels say; a record carries no name, no date of birth (only an age band), no identifier of
 * any kind (no patient, pseudonym, panel or DICOM UID), no free text (only codes, without display
 * text), and at most the country of the centre rather than the centre itself. A release is
 * {@link org.opencpms.domain.research.KAnonymity k-anonymous}: every combination of quasi-identifiers
 * it holds is shared by at least k records, records of rarer combinations being generalised or
 * suppressed, and it says how many were.
 */
package org.opencpms.domain.research;
