package org.opencpms.adapters.persistence.chat;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of {@code chat_message}: written once, never changed. {@code panel_position} is the message's place in
 * its panel's chat (from {@code chat_channel}); {@code seq} is numbered by the database on insert.
 */
@Entity(name = "ChatMessage")
@Table(name = "chat_message")
class ChatMessageEntity {

    @Id
    @Column(name = "id")
    UUID id;

    @Column(name = "panel_id", nullable = false, updatable = false)
    UUID panelId;

    @Column(name = "author_id", nullable = false, updatable = false)
    UUID authorId;

    @Column(name = "text", nullable = false, updatable = false)
    String text;

    @Column(name = "posted_at", nullable = false, updatable = false)
    OffsetDateTime postedAt;

    @Column(name = "panel_position", nullable = false, updatable = false)
    long position;

    @Column(name = "seq", insertable = false, updatable = false)
    Long seq;
}
