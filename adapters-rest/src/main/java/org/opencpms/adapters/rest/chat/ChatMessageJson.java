package org.opencpms.adapters.rest.chat;

import java.time.Instant;
import java.util.UUID;
import org.opencpms.domain.chat.ChatMessage;

/** A message of a panel's chat: who posted it (a user id), what, and when. */
public record ChatMessageJson(UUID id, UUID panel, UUID author, String text, Instant postedAt) {

    static ChatMessageJson of(ChatMessage message) {
        return new ChatMessageJson(message.id().value(), message.panel().value(), message.author().value(),
                message.text(), message.postedAt());
    }
}
