package org.opencpms.domain.chat;

import java.time.Instant;
import org.opencpms.domain.shared.DomainEvent;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** A participant posted in a panel's chat (the push adapter sends it to connected participants). */
public record ChatMessagePosted(ChatMessageId message, PanelId panel, UserId author, Instant occurredAt) implements DomainEvent {
}
