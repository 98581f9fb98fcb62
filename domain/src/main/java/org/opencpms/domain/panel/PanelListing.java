package org.opencpms.domain.panel;

import java.time.Instant;
import java.util.Optional;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;

/**
 * One line of a user's list of panels, as a store keeps it beside each panel: what the list shows (the patient's
 * nickname, never identifying data; the lead ERN, the state, urgency and deadline) and how the user takes part,
 * without the panel's timeline or any other part of its history.
 */
public record PanelListing(PanelId id, Instant draftedAt, PatientId patient, Nickname nickname, Ern leadErn,
                           PanelState state, boolean urgent, Optional<Instant> deadline, Involvement involvement) {

    /** How the user of a list takes part in a listed panel. */
    public enum Involvement { LEAD, MEMBER, INVITED }

    public PanelListing {
        Require.present(id, "panel-id");
        Require.present(draftedAt, "drafted-at");
        Require.present(patient, "patient-id");
        Require.present(nickname, "nickname");
        Require.present(leadErn, "lead-ern");
        Require.present(state, "state");
        Require.present(deadline, "deadline");
        Require.present(involvement, "involvement");
    }

    /** The position of this line in {@link PanelCursor#LIST_ORDER}, for the page after it. */
    public PanelCursor position() {
        return new PanelCursor(draftedAt, id);
    }
}
