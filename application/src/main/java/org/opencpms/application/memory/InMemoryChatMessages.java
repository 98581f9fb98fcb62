package org.opencpms.application.memory;

import java.util.ArrayList;
import java.util.List;
import org.opencpms.domain.chat.ChatMessage;
import org.opencpms.domain.chat.ChatMessages;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.PanelId;

/** An append-only list of chat messages, in the order appended. Thread-safe. */
public final class InMemoryChatMessages implements ChatMessages {

    private final List<ChatMessage> messages = new ArrayList<>();

    @Override
    public synchronized void append(ChatMessage message) {
        messages.add(message);
    }

    @Override
    public synchronized List<ChatMessage> latest(PanelId panel, int limit) {
        Require.page(0, limit);
        var ofPanel = messages.stream().filter(m -> m.panel().equals(panel)).toList();
        return List.copyOf(ofPanel.subList(Math.max(0, ofPanel.size() - limit), ofPanel.size()));
    }
}
