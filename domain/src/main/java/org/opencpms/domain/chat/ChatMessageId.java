package org.opencpms.domain.chat;

import java.util.UUID;
import org.opencpms.domain.shared.Require;

/** Identifies one chat message. */
public record ChatMessageId(UUID value) {

    public ChatMessageId {
        Require.present(value, "chat-message-id");
    }

    public static ChatMessageId random() {
        return new ChatMessageId(UUID.randomUUID());
    }
}
