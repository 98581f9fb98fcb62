package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** A participant commented on another participant's contribution. */
public record ContributionCommented(PanelId panel, UserId contributionAuthor, UserId by, Instant occurredAt) implements PanelEvent {
}
