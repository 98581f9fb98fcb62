package org.opencpms.domain.imaging;

import java.time.Instant;
import java.util.Optional;
import org.opencpms.domain.shared.DefensibleText;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;

/**
 * A de-identified imaging study as the domain sees it: which patient it belongs to, the panel it is
 * attached to (if any), what it holds, and when it arrived.
 *
 * <p>Invariants, kept by {@link #attachTo}: it belongs to exactly one patient and is attached to at
 * most one panel, a panel of that patient; once attached it stays with that panel.
 */
public record ImagingStudy(StudyInstanceUid uid, PatientId patient, PanelId panel, String modalities,
                           int seriesCount, int instanceCount, Instant receivedAt) {

    public ImagingStudy {
        Require.present(uid, "study-uid");
        Require.present(patient, "patient");
        Require.present(receivedAt, "received-at");
        modalities = modalities == null ? "" : DefensibleText.of(modalities, "modalities").strip();
        if (seriesCount < 1 || instanceCount < seriesCount) {
            throw new InvalidValue("imaging-study", "a study holds at least one series and one instance per series");
        }
    }

    public Optional<PanelId> attachedTo() {
        return Optional.ofNullable(panel);
    }

    /**
     * What is known of this study once instances of it have arrived again: the same study (patient, panel, first
     * arrival) with these contents.
     *
     * @throws StudyOfAnotherPatient {@code study.other-patient} if the instances belong to another patient
     */
    public ImagingStudy withContents(PatientId of, String modalities, int seriesCount, int instanceCount) {
        if (!patient.equals(Require.present(of, "patient"))) {
            throw new StudyOfAnotherPatient();
        }
        return new ImagingStudy(uid, patient, panel, modalities, seriesCount, instanceCount, receivedAt);
    }

    /**
     * The same study attached to {@code target}, a panel of {@code patientOfPanel}. Attaching it again
     * to the panel it is attached to changes nothing.
     *
     * @throws StudyOfAnotherPatient {@code study.other-patient} unless the panel is this study's patient's
     * @throws StudyAlreadyAttached {@code study.already-attached} if it is attached to another panel
     */
    public ImagingStudy attachTo(PanelId target, PatientId patientOfPanel) {
        Require.present(target, "panel");
        if (!patient.equals(Require.present(patientOfPanel, "patient"))) {
            throw new StudyOfAnotherPatient();
        }
        if (panel != null && !panel.equals(target)) {
            throw new StudyAlreadyAttached();
        }
        return new ImagingStudy(uid, patient, target, modalities, seriesCount, instanceCount, receivedAt);
    }
}
