package org.opencpms.application.imaging;

import org.opencpms.domain.imaging.InstanceFiles;
import org.opencpms.domain.imaging.SeriesInstanceUid;
import org.opencpms.domain.imaging.SopInstanceUid;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.shared.Require;

/** A de-identified instance ready to be kept: its pseudonymous UIDs, SOP class, modality, and its bytes. */
public record DeidentifiedInstance(StudyInstanceUid study, SeriesInstanceUid series, SopInstanceUid uid,
                                   String sopClassUid, String modality, InstanceFiles.Content content) {

    public DeidentifiedInstance {
        Require.present(study, "study-uid");
        Require.present(series, "series-uid");
        Require.present(uid, "sop-instance-uid");
        Require.present(sopClassUid, "sop-class-uid");
        Require.present(content, "content");
    }
}
