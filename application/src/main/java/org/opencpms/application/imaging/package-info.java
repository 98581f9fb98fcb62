/**
 * Imaging: receiving an instance from a hospital ({@link org.opencpms.application.imaging.ReceiveImagingInstance},
 * or from a person of the centre, {@link org.opencpms.application.imaging.StoreImagingInstance}), finding and opening
 * de-identified studies for viewers ({@link org.opencpms.application.imaging.SearchImagingStudies},
 * {@link org.opencpms.application.imaging.ReadImagingStudy}: the sending centre and whoever sees the panel a study
 * is attached to, {@code study.not-found} for anyone else) and listing the studies attached to a panel (attaching is
 * {@link org.opencpms.application.panel.AttachImagingStudy}).
 *
 * <p>Invariants kept here: an instance is kept only for a patient enrolled at the sending centre whose consents
 * allow panels, and only de-identified ({@link org.opencpms.application.imaging.ReceivedInstance#deidentify});
 * studies are listed only to those the {@link org.opencpms.domain.access.AccessPolicy} lets see the panel; they are
 * de-identified before they reach the archive, so nothing listed carries identifying data; every listing is audited
 * with the panel's patient.
 */
package org.opencpms.application.imaging;
