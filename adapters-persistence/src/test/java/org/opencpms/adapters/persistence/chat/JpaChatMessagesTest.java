package org.opencpms.adapters.persistence.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.adapters.persistence.panel.JpaPanels;
import org.opencpms.adapters.persistence.panel.PanelStories;
import org.opencpms.domain.chat.ChatEntry;
import org.opencpms.domain.chat.ChatMessage;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.chat.ChatMessages;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

/** The chat contract on one database engine, plus what only the JPA store does. */
@OnEveryEngine
class JpaChatMessagesTest extends ChatMessagesContract {

    private final JpaTestDatabase database;
    private final ChatMessages messages;

    JpaChatMessagesTest(JpaTestDatabase database) {
        this.database = database;
        messages = new JpaChatMessages(database.entityManager());
    }

    @Override
    protected ChatMessages chatMessages() {
        return messages;
    }

    @Override
    protected void inTransaction(Runnable work) {
        database.inTransaction(work);
    }

    @Override
    protected PanelId aPanel() {
        Panel panel = PanelStories.draft(PatientId.random(), PanelStories.lead(), PanelStories.T0);
        database.inTransaction(() -> new JpaPanels(database.entityManager()).save(panel));
        return panel.id();
    }

    @Test
    void appending_a_message_already_stored_is_refused_and_changes_nothing() {
        PanelId panel = aPanel();
        var message = new ChatMessage(ChatMessageId.random(), panel, UserId.random(), "once",
                Instant.parse("2026-03-02T09:00:00Z"));
        inTransaction(() -> messages.append(message));

        assertThatThrownBy(() -> inTransaction(() -> messages.append(message)))
                .isInstanceOf(ConcurrentUpdate.class)
                .hasFieldOrPropertyWithValue("code", "chat-message.concurrent-update");
        database.inTransaction(() -> assertThat(messages.latest(panel, 10)).extracting(ChatEntry::message)
                .containsExactly(message));
    }

    @Test
    void messages_appended_at_once_by_several_transactions_get_every_position_once() throws Exception {
        PanelId panel = aPanel();
        int writers = 4;
        int each = 10;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<List<Long>>> results = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<Long> mine = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        var message = new ChatMessage(ChatMessageId.random(), panel, UserId.random(), "at once " + i,
                                Instant.parse("2026-03-02T09:00:00Z"));
                        mine.add(database.inTransaction(() -> messages.append(message)));
                    }
                    return mine;
                }));
            }
            start.countDown();
            List<Long> given = new ArrayList<>();
            for (var result : results) {
                given.addAll(result.get(60, TimeUnit.SECONDS));
            }

            assertThat(given).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, writers * each).boxed().toList());
            database.inTransaction(() -> assertThat(messages.after(panel, 0, 500)).extracting(ChatEntry::position)
                    .containsExactlyElementsOf(LongStream.rangeClosed(1, writers * each).boxed().toList()));
        } finally {
            pool.shutdownNow();
        }
    }
}
