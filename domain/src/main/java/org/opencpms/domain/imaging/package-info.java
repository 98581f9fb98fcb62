/**
 * Imaging studies attached to panels. Studies are de-identified at the boundary (DICOM PS3.15
 * Annex E) by the imaging adapter before anything is stored, so the domain only ever sees
 * pseudonymous studies.
 *
 * <p>Invariants: a study's UID is a pseudonymous UID created by the de-identification, never the
 * hospital's original; a study belongs to exactly one patient and is attached to at most one
 * panel; no field of a study carries identifying data.
 */
package org.opencpms.domain.imaging;
