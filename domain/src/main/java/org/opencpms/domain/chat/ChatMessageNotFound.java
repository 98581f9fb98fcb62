package org.opencpms.domain.chat;

import org.opencpms.domain.shared.NotFound;
import org.opencpms.domain.shared.PanelId;

/** A panel's chat has no message with the given id. */
public final class ChatMessageNotFound extends NotFound {

    public static final String CODE = "chat-message.not-found";

    private static final long serialVersionUID = 1L;

    public ChatMessageNotFound(PanelId panel, ChatMessageId id) {
        super(CODE, "no chat message " + id.value() + " in panel " + panel.value());
    }
}
