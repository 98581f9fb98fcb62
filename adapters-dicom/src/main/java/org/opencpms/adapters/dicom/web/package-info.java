/**
 * DICOMweb (PS3.18) over JAX-RS, the one place of the DICOM adapter where {@code jakarta.ws.rs} is allowed: STOW-RS
 * through the same reception as C-STORE ({@link org.opencpms.adapters.dicom.receive.InstanceReception} and
 * {@link org.opencpms.application.imaging.StoreImagingInstance}), QIDO-RS and WADO-RS through
 * {@link org.opencpms.application.imaging.SearchImagingStudies} and
 * {@link org.opencpms.application.imaging.ReadImagingStudy}. Invariants: every call acts as the caller the web
 * module's bearer authentication put into the security context, and only through a use case; a study the caller may
 * not see answers exactly as a missing one; a STOW body that is not a whole multipart of Part 10 files is refused
 * before anything is kept; answers carry the stored, de-identified data only.
 */
package org.opencpms.adapters.dicom.web;
