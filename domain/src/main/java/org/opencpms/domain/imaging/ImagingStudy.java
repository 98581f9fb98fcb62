package org.opencpms.domain.imaging;

import java.time.Instant;
import java.util.Optional;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;

/**
 * A de-identified imaging study as the domain sees it: which patient it belongs to, the panel it is
 * attached to (if any), what it holds, and when it arrived.
 */
public record ImagingStudy(StudyInstanceUid uid, PatientId patient, PanelId panel, String modalities,
                           int seriesCount, int instanceCount, Instant receivedAt) {

    public ImagingStudy {
        Require.present(uid, "study-uid");
        Require.present(patient, "patient");
        Require.present(receivedAt, "received-at");
        modalities = modalities == null ? "" : modalities.strip();
        if (seriesCount < 1 || instanceCount < seriesCount) {
            throw new InvalidValue("imaging-study", "a study holds at least one series and one instance per series");
        }
    }

    public Optional<PanelId> attachedTo() {
        return Optional.ofNullable(panel);
    }

    /** The same study attached to a panel. */
    public ImagingStudy attachTo(PanelId target) {
        return new ImagingStudy(uid, patient, Require.present(target, "panel"), modalities, seriesCount, instanceCount, receivedAt);
    }
}
