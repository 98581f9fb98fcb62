/**
 * De-identified imaging studies in {@code imaging_study}: keyed by their pseudonymous study
 * instance UID, referring to the patient by pseudonymous id and to the panel they are attached to
 * by a foreign key; listed per patient and per panel in arrival order.
 */
package org.opencpms.adapters.persistence.imaging;
