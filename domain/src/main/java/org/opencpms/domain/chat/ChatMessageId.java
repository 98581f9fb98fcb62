package org.opencpms.domain.chat;

import java.time.Instant;
import java.util.UUID;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.TimeOrderedUuids;

/** Identifies one chat message. */
public record ChatMessageId(UUID value) {

    public ChatMessageId {
        Require.present(value, "chat-message-id");
    }

    public static ChatMessageId random() {
        return new ChatMessageId(UUID.randomUUID());
    }

    /** A new id for a chat message created at {@code createdAt}, ordered by that instant ({@link TimeOrderedUuids}). */
    public static ChatMessageId timeOrdered(Instant createdAt) {
        return new ChatMessageId(TimeOrderedUuids.at(createdAt));
    }
}
