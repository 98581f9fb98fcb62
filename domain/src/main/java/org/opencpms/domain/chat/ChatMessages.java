package org.opencpms.domain.chat;

import java.util.List;
import org.opencpms.domain.shared.PanelId;

/** Port: the chat messages of every panel; append-only. */
public interface ChatMessages {

    void append(ChatMessage message);

    /** The latest messages of a panel, oldest first, at most {@code limit}. */
    List<ChatMessage> latest(PanelId panel, int limit);
}
