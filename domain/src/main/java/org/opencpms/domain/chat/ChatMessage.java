package org.opencpms.domain.chat;

import java.time.Instant;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelAction;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

/** A message in a panel's chat: immutable once posted. */
public record ChatMessage(ChatMessageId id, PanelId panel, UserId author, String text, Instant postedAt) {

    /** The longest message accepted. */
    public static final int MAX_LENGTH = 4000;

    public ChatMessage {
        Require.present(id, "chat-message-id");
        Require.present(panel, "panel");
        Require.present(author, "author");
        text = Require.text(text, "chat-text", MAX_LENGTH);
        Require.present(postedAt, "posted-at");
    }

    /**
     * Posts a message in the panel's chat.
     *
     * @throws ChatForbidden {@code chat.not-a-participant} unless the author is the lead or a member
     * @throws ChatRuleViolation {@code chat.panel-not-active} outside panel selection, assessment and sign-off (the
     *         rule of {@link PanelAction#CHAT})
     */
    public static ChatMessage post(ChatMessageId id, Panel panel, Actor author, String text, Instant now) {
        if (panel.allows(PanelAction.CHAT, author)) {
            return new ChatMessage(id, panel.id(), author.id(), text, now);
        }
        if (!panel.isParticipant(author.id())) {
            throw new ChatForbidden(ChatForbidden.NOT_A_PARTICIPANT, "only the panel's lead and members chat");
        }
        throw new ChatRuleViolation(ChatRuleViolation.PANEL_NOT_ACTIVE,
                "the chat is open while the panel is active, not in " + panel.state());
    }

    public ChatMessagePosted posted() {
        return new ChatMessagePosted(id, panel, author, postedAt);
    }
}
