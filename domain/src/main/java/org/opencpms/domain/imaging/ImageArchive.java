package org.opencpms.domain.imaging;

import java.util.List;
import java.util.Optional;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

/**
 * Port: the archive of de-identified imaging studies. The adapter receives DICOM (C-STORE,
 * STOW-RS, upload), de-identifies it and records the study here; use cases attach studies to panels
 * and list them for viewers. A study is saved again once it is attached, so
 * {@link #attachedTo(PanelId)} lists each study under the one panel it belongs to. Never returns null.
 */
public interface ImageArchive {

    Optional<ImagingStudy> find(StudyInstanceUid uid);

    /**
     * Like {@link #find}, and a study found stays locked against other writers until the transaction ends: the
     * transactions that count instances of one study into it then do so one after the other, each seeing what the
     * previous one committed (without it, two of them could both count without the other's instance).
     */
    Optional<ImagingStudy> findForUpdate(StudyInstanceUid uid);

    /** @throws StudyNotFound {@code study.not-found} */
    default ImagingStudy get(StudyInstanceUid uid) {
        return find(uid).orElseThrow(() -> new StudyNotFound(uid));
    }

    /** Records a new study or replaces what is known of it (e.g. more instances arrived, or it was attached). */
    void save(ImagingStudy study);

    List<ImagingStudy> ofPatient(PatientId patient);

    List<ImagingStudy> attachedTo(PanelId panel);
}
