package org.opencpms.adapters.persistence.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.chat.ChatMessage;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.chat.ChatMessages;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;

/**
 * Chat messages in the append-only {@code chat_message} table, one row per message, which refers
 * to its panel (a foreign key to {@code panel}).
 *
 * <p>Invariants: a message is inserted once and never updated or deleted; appending a message
 * whose id is already stored fails with {@link ConcurrentUpdate} ({@code chat-message.concurrent-update})
 * and changes nothing. {@link #latest} reads the newest messages of the panel from the
 * {@code (panel_id, posted_at, seq)} index and returns them oldest first; messages posted at the
 * same instant keep the order in which they were appended. Times are kept to the microsecond, the
 * precision of {@code TIMESTAMP WITH TIME ZONE}.
 */
@ApplicationScoped
public class JpaChatMessages implements ChatMessages {

    private static final String AGGREGATE = "chat-message";

    private final EntityManager em;

    @Inject
    public JpaChatMessages(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public void append(ChatMessage message) {
        var row = new ChatMessageEntity();
        row.id = message.id().value();
        row.panelId = message.panel().value();
        row.authorId = message.author().value();
        row.text = message.text();
        row.postedAt = message.postedAt().atOffset(ZoneOffset.UTC);
        em.persist(row);
        Stores.flush(em, AGGREGATE, message.id().value(), () -> new ConcurrentUpdate(AGGREGATE, message.id().value()));
    }

    @Override
    public List<ChatMessage> latest(PanelId panel, int limit) {
        Require.page(0, limit);
        List<ChatMessage> newestFirst = new ArrayList<>(em.createQuery(
                        "select m from ChatMessage m where m.panelId = :panel order by m.postedAt desc, m.seq desc",
                        ChatMessageEntity.class)
                .setParameter("panel", panel.value())
                .setMaxResults(limit)
                .getResultList().stream().map(JpaChatMessages::toMessage).toList());
        Collections.reverse(newestFirst);
        return List.copyOf(newestFirst);
    }

    private static ChatMessage toMessage(ChatMessageEntity row) {
        return new ChatMessage(new ChatMessageId(row.id), new PanelId(row.panelId), new UserId(row.authorId), row.text,
                row.postedAt.toInstant());
    }
}
