/**
 * The DICOM adapter of OpenCPMS (PixelMed, whose types never leave this module): the C-STORE/C-ECHO listener
 * ({@code scp}), DICOMweb ({@code web}: STOW-RS, QIDO-RS, WADO-RS), the reading and checking of received data sets and their hand-over to
 * {@link org.opencpms.application.imaging.ReceiveImagingInstance} ({@code receive}), the PS3.15 Annex E
 * de-identification ({@code deidentify}), the content-addressed file store ({@code storage}), and its
 * {@link org.opencpms.adapters.dicom.DicomConfiguration}. It never depends on another adapter; policy (which
 * patient, consent, quarantine) is the use case's.
 */
package org.opencpms.adapters.dicom;
