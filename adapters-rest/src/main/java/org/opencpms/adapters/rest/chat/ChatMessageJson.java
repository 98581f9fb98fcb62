package org.opencpms.adapters.rest.chat;

import java.time.Instant;
import java.util.UUID;
import org.opencpms.domain.chat.ChatEntry;

/**
 * A message of a panel's chat: its position in the chat (1, 2, 3..., also the {@code id} of its Server-Sent Event),
 * who posted it (a user id), what, and when.
 */
public record ChatMessageJson(long position, UUID id, UUID panel, UUID author, String text, Instant postedAt) {

    static ChatMessageJson of(ChatEntry entry) {
        var message = entry.message();
        return new ChatMessageJson(entry.position(), message.id().value(), message.panel().value(),
                message.author().value(), message.text(), message.postedAt());
    }
}
