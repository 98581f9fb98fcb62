package org.opencpms.domain.panel;

import java.time.Instant;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** A participant commented in the timeline. */
public record CommentPosted(PanelId panel, UserId by, Instant occurredAt) implements PanelEvent {
}
