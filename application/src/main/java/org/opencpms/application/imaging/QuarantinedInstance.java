package org.opencpms.application.imaging;

import java.time.Instant;
import org.opencpms.domain.imaging.ImagingInstance;
import org.opencpms.domain.imaging.SeriesInstanceUid;
import org.opencpms.domain.imaging.SopInstanceUid;
import org.opencpms.domain.imaging.StudyInstanceUid;

/** An instance kept in quarantine (or just released from it), by its pseudonymous UIDs. */
public record QuarantinedInstance(SopInstanceUid uid, StudyInstanceUid study, SeriesInstanceUid series,
                                  String sopClassUid, String modality, boolean quarantined, Instant receivedAt) {

    static QuarantinedInstance of(ImagingInstance i) {
        return new QuarantinedInstance(i.uid(), i.study(), i.series(), i.sopClassUid(), i.modality(), i.quarantined(),
                i.receivedAt());
    }
}
