package org.opencpms.adapters.rest.imaging;

import java.time.Instant;
import java.util.UUID;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.shared.PanelId;

/**
 * A de-identified imaging study attached to a panel, to open in the viewer: its pseudonymous study instance UID, the
 * patient's pseudonymous id, the panel, the modalities ({@code CT\MR}, absent when unknown), its size and when it
 * arrived. Never identifying data.
 */
public record ImagingStudyJson(String studyInstanceUid, UUID patient, UUID panel, String modalities, int seriesCount,
                               int instanceCount, Instant receivedAt) {

    static ImagingStudyJson of(ImagingStudy study) {
        return new ImagingStudyJson(study.uid().value(), study.patient().value(),
                study.attachedTo().map(PanelId::value).orElse(null),
                study.modalities().isEmpty() ? null : study.modalities(), study.seriesCount(), study.instanceCount(),
                study.receivedAt());
    }
}
