package org.opencpms.adapters.rest.chat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.opencpms.application.chat.PostChatMessage;
import org.opencpms.domain.chat.ChatMessage;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;

/** A chat message: non-blank, at most 4,000 characters. */
public record PostChatMessageRequest(@NotBlank @Size(max = ChatMessage.MAX_LENGTH) String text) {

    PostChatMessage.Command toCommand(Actor actor, PanelId panel) {
        return new PostChatMessage.Command(actor, panel, text);
    }
}
