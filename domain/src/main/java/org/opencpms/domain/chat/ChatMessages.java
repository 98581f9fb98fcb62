package org.opencpms.domain.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.opencpms.domain.shared.PanelId;

/**
 * Port: the chat messages of every panel; append-only.
 *
 * <p>Invariants: the messages of a panel are numbered 1, 2, 3... ({@link ChatEntry#position()}) in the order they were
 * appended, without gaps, and a position becomes visible to readers only after every lower position of the same panel
 * is visible: a reader that asks for the messages {@link #after} the last position it saw never misses one, even
 * while other transactions are still appending. Every list is oldest first and at most {@code limit} long
 * ({@code limit.invalid} outside 1 to {@value org.opencpms.domain.shared.Require#MAX_PAGE_SIZE}).
 */
public interface ChatMessages {

    /** Stores the message as the newest of its panel. @return its position in the panel's chat */
    long append(ChatMessage message);

    /** The newest messages of a panel before {@code position} (exclusive), oldest first: one page of the history. */
    List<ChatEntry> before(PanelId panel, long position, int limit);

    /** The oldest messages of a panel after {@code position} (exclusive): what a reader at {@code position} missed. */
    List<ChatEntry> after(PanelId panel, long position, int limit);

    /** The position of the newest message of each of these panels; a panel without messages is left out. */
    Map<PanelId, Long> lastPositions(Set<PanelId> panels);

    /** The message with this id in this panel's chat, with its position; empty if the panel has no such message. */
    Optional<ChatEntry> find(PanelId panel, ChatMessageId id);

    /** The latest messages of a panel, oldest first, at most {@code limit}. */
    default List<ChatEntry> latest(PanelId panel, int limit) {
        return before(panel, Long.MAX_VALUE, limit);
    }
}
