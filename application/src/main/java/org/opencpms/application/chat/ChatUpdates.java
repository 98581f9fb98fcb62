package org.opencpms.application.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.opencpms.domain.chat.ChatEntry;
import org.opencpms.domain.chat.ChatMessages;
import org.opencpms.domain.shared.PanelId;

/**
 * What a {@link ChatFeed} reads to find new messages, each read in a transaction of its own: the committed messages
 * of every node. Not for clients: it checks no access (the feed only serves panels {@link FollowChat} allowed).
 */
@ApplicationScoped
public class ChatUpdates {

    /** The most messages one read hands over; a feed that is further behind reads again. */
    public static final int BATCH = 500;

    private final ChatMessages messages;

    @Inject
    public ChatUpdates(ChatMessages messages) {
        this.messages = messages;
    }

    /** The newest position of each of these panels; a panel without messages is left out. */
    @Transactional(TxType.REQUIRES_NEW)
    public Map<PanelId, Long> newestPositions(Set<PanelId> panels) {
        return messages.lastPositions(panels);
    }

    /** The next messages of a panel after {@code position}, oldest first, at most {@value #BATCH}. */
    @Transactional(TxType.REQUIRES_NEW)
    public List<ChatEntry> after(PanelId panel, long position) {
        return messages.after(panel, position, BATCH);
    }
}
