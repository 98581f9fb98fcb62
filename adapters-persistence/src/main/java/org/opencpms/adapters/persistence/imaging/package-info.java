/**
 * De-identified imaging in two tables: studies in {@code imaging_study}, keyed by their pseudonymous study
 * instance UID, referring to the patient by pseudonymous id and to the panel they are attached to by a foreign key,
 * listed per patient and per panel in arrival order; and the index of their instances in {@code imaging_instance}
 * (series, SOP class, modality, the SHA-256 of the file in the content-addressed store and its shelf), listed per
 * study by series and arrival.
 */
package org.opencpms.adapters.persistence.imaging;
