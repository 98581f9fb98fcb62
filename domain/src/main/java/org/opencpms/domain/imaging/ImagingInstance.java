package org.opencpms.domain.imaging;

import java.time.Instant;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;

/**
 * One de-identified DICOM instance as indexed: its pseudonymous UIDs, SOP class and modality, the patient it
 * belongs to, the file that holds it and the shelf it is on, and when it arrived.
 *
 * <p>Invariants: every UID is pseudonymous (created by the de-identification); no field identifies the patient;
 * a quarantined instance ({@link Shelf#QUARANTINE}) counts for no study that a panel sees.
 */
public record ImagingInstance(SopInstanceUid uid, String sopClassUid, SeriesInstanceUid series,
                              StudyInstanceUid study, PatientId patient, String modality, StoredFile file,
                              Shelf shelf, Instant receivedAt) {

    public ImagingInstance {
        Require.present(uid, "sop-instance-uid");
        DicomUids.require(sopClassUid, "sop-class-uid");
        Require.present(series, "series-uid");
        Require.present(study, "study-uid");
        Require.present(patient, "patient");
        modality = Require.text(modality == null || modality.isBlank() ? "OT" : modality.strip(), "modality", 16);
        Require.present(file, "file");
        Require.present(shelf, "shelf");
        Require.present(receivedAt, "received-at");
    }

    public boolean quarantined() {
        return shelf == Shelf.QUARANTINE;
    }

    /**
     * The same instance released from quarantine: on the archive shelf, in {@code archived} (its file copied there).
     *
     * @throws InstanceNotQuarantined {@code imaging.not-quarantined} if it is on the archive shelf already
     */
    public ImagingInstance released(StoredFile archived) {
        if (!quarantined()) {
            throw new InstanceNotQuarantined();
        }
        return new ImagingInstance(uid, sopClassUid, series, study, patient, modality, archived, Shelf.ARCHIVE, receivedAt);
    }
}
