package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** An expert was invited to the panel. */
public record ExpertInvited(PanelId panel, UserId invitee, InvitationKind kind, UserId by, Instant occurredAt) implements PanelEvent {
}
