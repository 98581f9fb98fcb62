package org.opencpms.application.panel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.user.Actor;

/**
 * Makes the {@link PanelView} an actor is shown of a panel already in hand: with the patient's card (nickname,
 * age today, sex; never identifying data), and only when the {@link AccessPolicy} lets the actor see the panel;
 * a deleted panel is seen by nobody. The panel query shows what it loaded; every panel command shows the panel it
 * has just changed, in its own transaction, without loading it again.
 */
final class PanelViews {

    private final Patients patients;
    private final AccessPolicy policy;
    private final Clock clock;

    PanelViews(Patients patients, AccessPolicy policy, Clock clock) {
        this.patients = patients;
        this.policy = policy;
        this.clock = clock;
    }

    /** The panel stored at {@code version} as the actor sees it (its patient loaded once), or empty if they do not. */
    Optional<PanelView> seenBy(Actor actor, Panel panel, long version) {
        if (panel.state() == PanelState.DELETED) {
            return Optional.empty();
        }
        return seenBy(actor, panel, patients.get(panel.patient()), version);
    }

    /** The panel stored at {@code version}, of this patient, as the actor sees it, or empty if they do not. */
    Optional<PanelView> seenBy(Actor actor, Panel panel, Patient patient, long version) {
        if (panel.state() == PanelState.DELETED || !policy.mayViewPanel(actor, panel, patient)) {
            return Optional.empty();
        }
        return Optional.of(of(actor, panel, patient, version));
    }

    /** The panel stored at {@code version}, of this patient, for an actor already allowed to see it. */
    PanelView of(Actor actor, Panel panel, Patient patient, long version) {
        var today = LocalDate.ofInstant(clock.instant(), clock.getZone());
        return PanelView.of(panel, version, PatientCard.of(patient, today), actor);
    }
}
