package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** The invitee ({@code by}) accepted and became a member. */
public record InvitationAccepted(PanelId panel, UserId by, Instant occurredAt) implements PanelEvent {
}
