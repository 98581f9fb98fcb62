package org.opencpms.adapters.rest.imaging;

import java.time.Instant;
import org.opencpms.application.imaging.QuarantinedInstance;

/**
 * An instance kept in quarantine because its pixels may carry burned-in text (or just released): its pseudonymous
 * UIDs, SOP class, modality, whether it is still in quarantine, and when it arrived. Never identifying data.
 */
public record QuarantinedInstanceJson(String sopInstanceUid, String studyInstanceUid, String seriesInstanceUid,
                                      String sopClassUid, String modality, boolean quarantined, Instant receivedAt) {

    static QuarantinedInstanceJson of(QuarantinedInstance i) {
        return new QuarantinedInstanceJson(i.uid().value(), i.study().value(), i.series().value(), i.sopClassUid(),
                i.modality(), i.quarantined(), i.receivedAt());
    }
}
