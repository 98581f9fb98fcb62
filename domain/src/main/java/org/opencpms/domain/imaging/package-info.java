/**
 * Imaging studies attached to panels, and the instances they hold. Studies are de-identified at the boundary
 * (DICOM PS3.15 Annex E) by the imaging adapter before anything is stored, so the domain only ever sees
 * pseudonymous studies.
 *
 * <p>Invariants: a study's UID is a pseudonymous UID created by the de-identification, never the
 * hospital's original; a study belongs to exactly one patient and is attached to at most one
 * panel, a panel of that patient ({@code study.other-patient}, {@code study.already-attached}); no
 * field of a study carries identifying data. The panel decides who attaches a study and when
 * ({@code Panel.attachStudy}); this package depends on the shared kernel only, so that panels may
 * refer to studies.
 *
 * <p>Instances: {@link org.opencpms.domain.imaging.ImagingInstances} indexes each de-identified instance (study,
 * series, SOP class, modality, the file's {@link org.opencpms.domain.imaging.ContentAddress} and
 * {@link org.opencpms.domain.imaging.Shelf}); {@link org.opencpms.domain.imaging.InstanceFiles} keeps the files,
 * durable before a write returns; {@link org.opencpms.domain.imaging.BurnedInTextRule} decides which instances go
 * to quarantine, where they count for no study a panel sees.
 */
package org.opencpms.domain.imaging;
