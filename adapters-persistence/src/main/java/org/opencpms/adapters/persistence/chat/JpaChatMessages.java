package org.opencpms.adapters.persistence.chat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.chat.ChatEntry;
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
 * and changes nothing. Its position is taken from the panel's row of {@code chat_channel}, incremented by
 * an update that holds the row's lock until commit: positions of one panel are given out and committed one
 * after the other, so none becomes visible before a lower one. The first message of a panel creates that
 * row under the lock of the panel's own row, so that two first messages wait for each other rather than
 * clash. Times are kept to the microsecond, the precision of {@code TIMESTAMP WITH TIME ZONE}.
 */
@ApplicationScoped
public class JpaChatMessages implements ChatMessages {

    private static final String AGGREGATE = "chat-message";
    private static final String NEXT = "UPDATE chat_channel SET last_position = last_position + 1 WHERE panel_id = ?1";

    private final EntityManager em;

    @Inject
    public JpaChatMessages(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public long append(ChatMessage message) {
        var row = new ChatMessageEntity();
        row.id = message.id().value();
        row.panelId = message.panel().value();
        row.authorId = message.author().value();
        row.text = message.text();
        row.postedAt = message.postedAt().atOffset(ZoneOffset.UTC);
        row.position = nextPosition(row.panelId);
        em.persist(row);
        Stores.flush(em, AGGREGATE, message.id().value(), () -> new ConcurrentUpdate(AGGREGATE, message.id().value()));
        return row.position;
    }

    private long nextPosition(UUID panel) {
        if (em.createNativeQuery(NEXT).setParameter(1, panel).executeUpdate() == 0) {
            em.createNativeQuery("UPDATE panel SET version = version WHERE id = ?1").setParameter(1, panel).executeUpdate();
            if (em.createNativeQuery(NEXT).setParameter(1, panel).executeUpdate() == 0) {
                em.createNativeQuery("INSERT INTO chat_channel (panel_id, last_position) VALUES (?1, 1)")
                        .setParameter(1, panel).executeUpdate();
            }
        }
        Object last = em.createNativeQuery("SELECT last_position FROM chat_channel WHERE panel_id = ?1")
                .setParameter(1, panel).getSingleResult();
        return ((Number) last).longValue();
    }

    @Override
    public List<ChatEntry> before(PanelId panel, long position, int limit) {
        Require.page(0, limit);
        List<ChatEntry> newestFirst = new ArrayList<>(em.createQuery("select m from ChatMessage m where m.panelId = :panel"
                        + " and m.position < :position order by m.position desc", ChatMessageEntity.class)
                .setParameter("panel", panel.value())
                .setParameter("position", position)
                .setMaxResults(limit)
                .getResultList().stream().map(JpaChatMessages::toEntry).toList());
        Collections.reverse(newestFirst);
        return List.copyOf(newestFirst);
    }

    @Override
    public List<ChatEntry> after(PanelId panel, long position, int limit) {
        Require.page(0, limit);
        return em.createQuery("select m from ChatMessage m where m.panelId = :panel and m.position > :position"
                        + " order by m.position", ChatMessageEntity.class)
                .setParameter("panel", panel.value())
                .setParameter("position", position)
                .setMaxResults(limit)
                .getResultList().stream().map(JpaChatMessages::toEntry).toList();
    }

    @Override
    public Optional<ChatEntry> find(PanelId panel, ChatMessageId id) {
        return Optional.ofNullable(em.find(ChatMessageEntity.class, id.value()))
                .filter(row -> row.panelId.equals(panel.value()))
                .map(JpaChatMessages::toEntry);
    }

    @Override
    public Map<PanelId, Long> lastPositions(Set<PanelId> panels) {
        if (panels.isEmpty()) {
            return Map.of();
        }
        var last = new HashMap<PanelId, Long>();
        em.createQuery("select c.panelId, c.lastPosition from ChatChannel c where c.panelId in :panels", Object[].class)
                .setParameter("panels", panels.stream().map(PanelId::value).toList())
                .getResultList()
                .forEach(row -> last.put(new PanelId((UUID) row[0]), ((Number) row[1]).longValue()));
        return Map.copyOf(last);
    }

    private static ChatEntry toEntry(ChatMessageEntity row) {
        return new ChatEntry(row.position, new ChatMessage(new ChatMessageId(row.id), new PanelId(row.panelId),
                new UserId(row.authorId), row.text, row.postedAt.toInstant()));
    }
}
