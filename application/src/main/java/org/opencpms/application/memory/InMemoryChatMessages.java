package org.opencpms.application.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencpms.domain.chat.ChatEntry;
import org.opencpms.domain.chat.ChatMessage;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.chat.ChatMessages;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;

/** An append-only list of chat messages per panel, numbered in the order appended. Thread-safe. */
public final class InMemoryChatMessages implements ChatMessages {

    private final Map<PanelId, List<ChatEntry>> chats = new HashMap<>();

    @Override
    public synchronized long append(ChatMessage message) {
        var chat = chats.computeIfAbsent(message.panel(), panel -> new ArrayList<>());
        chat.add(new ChatEntry(chat.size() + 1L, message));
        return chat.size();
    }

    @Override
    public synchronized List<ChatEntry> before(PanelId panel, long position, int limit) {
        Require.page(0, limit);
        var chat = chats.getOrDefault(panel, List.of());
        int to = (int) Math.min(chat.size(), Math.max(0, position - 1));
        return List.copyOf(chat.subList(Math.max(0, to - limit), to));
    }

    @Override
    public synchronized List<ChatEntry> after(PanelId panel, long position, int limit) {
        Require.page(0, limit);
        var chat = chats.getOrDefault(panel, List.of());
        int from = (int) Math.min(chat.size(), Math.max(0, position));
        return List.copyOf(chat.subList(from, Math.min(chat.size(), from + limit)));
    }

    @Override
    public synchronized Optional<ChatEntry> find(PanelId panel, ChatMessageId id) {
        return chats.getOrDefault(panel, List.of()).stream().filter(e -> e.message().id().equals(id)).findFirst();
    }

    @Override
    public synchronized Map<PanelId, Long> lastPositions(Set<PanelId> panels) {
        var last = new HashMap<PanelId, Long>();
        panels.stream().filter(chats::containsKey).forEach(panel -> last.put(panel, (long) chats.get(panel).size()));
        return Map.copyOf(last);
    }
}
