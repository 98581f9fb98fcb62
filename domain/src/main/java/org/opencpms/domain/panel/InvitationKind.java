package org.opencpms.domain.panel;

import java.util.Optional;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/** How an invitee relates to the panel, derived from their grants when they are invited. */
public enum InvitationKind {
    /** A health professional in the panel's lead ERN. */
    SAME_ERN,
    /** A health professional of another ERN. */
    OTHER_ERN,
    /** A clinician outside the ERNs holding a guest-expert grant for this panel. */
    GUEST;

    /**
     * The kind of invitation {@code invitee} would get to {@code panel} led in {@code leadErn}, the
     * closest relation first; empty when they cannot be invited at all (e.g. only a centre assistant,
     * researcher, panel manager or auditor).
     */
    public static Optional<InvitationKind> of(Actor invitee, Ern leadErn, PanelId panel) {
        if (invitee.isHealthProfessionalIn(leadErn)) {
            return Optional.of(SAME_ERN);
        }
        if (invitee.isHealthProfessional()) {
            return Optional.of(OTHER_ERN);
        }
        return invitee.isGuestOn(panel) ? Optional.of(GUEST) : Optional.empty();
    }
}
