package org.opencpms.adapters.persistence.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.chat.ChatMessage;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.chat.ChatMessages;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

/** What every {@link ChatMessages} does, whatever stores the messages. */
public abstract class ChatMessagesContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.123456Z");

    protected abstract ChatMessages chatMessages();

    /** Runs the work in one transaction (or just runs it, for a store without transactions). */
    protected abstract void inTransaction(Runnable work);

    /** The id of a panel that exists in the store's world, to post in. */
    protected abstract PanelId aPanel();

    private List<ChatMessage> latest(PanelId panel, int limit) {
        var result = new AtomicReference<List<ChatMessage>>();
        inTransaction(() -> result.set(chatMessages().latest(panel, limit)));
        return result.get();
    }

    private void append(ChatMessage message) {
        inTransaction(() -> chatMessages().append(message));
    }

    private static ChatMessage message(PanelId panel, int second) {
        return new ChatMessage(ChatMessageId.random(), panel, UserId.random(), "message " + second, T0.plusSeconds(second));
    }

    @Test
    void an_appended_message_is_read_back_with_every_field() {
        PanelId panel = aPanel();
        var message = new ChatMessage(ChatMessageId.random(), panel, UserId.random(), "Shall we meet on Monday?", T0);

        append(message);

        assertThat(latest(panel, 10)).containsExactly(message);
    }

    @Test
    void the_latest_messages_are_the_newest_ones_listed_oldest_first() {
        PanelId panel = aPanel();
        List<ChatMessage> messages = IntStream.range(0, 5).mapToObj(i -> message(panel, i)).toList();
        messages.forEach(this::append);

        assertThat(latest(panel, 3)).containsExactly(messages.get(2), messages.get(3), messages.get(4));
        assertThat(latest(panel, 5)).containsExactlyElementsOf(messages);
        assertThat(latest(panel, 500)).containsExactlyElementsOf(messages);
    }

    @Test
    void messages_posted_at_the_same_instant_keep_the_order_they_were_appended_in() {
        PanelId panel = aPanel();
        List<ChatMessage> messages = IntStream.range(0, 4)
                .mapToObj(i -> new ChatMessage(ChatMessageId.random(), panel, UserId.random(), "same time " + i, T0))
                .toList();
        messages.forEach(this::append);

        assertThat(latest(panel, 10)).containsExactlyElementsOf(messages);
        assertThat(latest(panel, 2)).containsExactly(messages.get(2), messages.get(3));
    }

    @Test
    void a_panel_sees_only_its_own_messages() {
        PanelId panel = aPanel();
        PanelId other = aPanel();
        var mine = message(panel, 1);
        append(mine);
        append(message(other, 2));

        assertThat(latest(panel, 10)).containsExactly(mine);
        assertThat(latest(aPanel(), 10)).isEmpty();
    }

    @Test
    void the_list_returned_is_not_the_stores_own() {
        PanelId panel = aPanel();
        append(message(panel, 1));

        List<ChatMessage> read = latest(panel, 10);

        assertThatThrownBy(() -> read.add(message(panel, 2))).isInstanceOf(UnsupportedOperationException.class);
        assertThat(latest(panel, 10)).hasSize(1);
    }

    @Test
    void a_limit_out_of_bounds_is_refused() {
        PanelId panel = aPanel();

        assertThatThrownBy(() -> latest(panel, 0)).isInstanceOf(InvalidValue.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("limit.invalid");
        assertThatThrownBy(() -> latest(panel, 501)).isInstanceOf(InvalidValue.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("limit.invalid");
    }
}
