package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** The invitee ({@code by}) declined. */
public record InvitationDeclined(PanelId panel, UserId by, Instant occurredAt) implements PanelEvent {
}
