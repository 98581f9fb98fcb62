package org.opencpms.adapters.persistence.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.eclipse.persistence.annotations.ReadOnly;

/**
 * A row of {@code chat_channel}: the last position given out in one panel's chat. Mapped for reading only (as
 * scalars, past the cache); {@link JpaChatMessages} moves it forward with a native update, which holds the row's
 * lock until commit.
 */
@ReadOnly
@Entity(name = "ChatChannel")
@Table(name = "chat_channel")
class ChatChannelEntity {

    @Id
    @Column(name = "panel_id")
    UUID panelId;

    @Column(name = "last_position")
    long lastPosition;
}
