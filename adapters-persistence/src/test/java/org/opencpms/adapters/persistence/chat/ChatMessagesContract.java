package org.opencpms.adapters.persistence.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.chat.ChatEntry;
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

    private <T> T read(Supplier<T> query) {
        var result = new AtomicReference<T>();
        inTransaction(() -> result.set(query.get()));
        return result.get();
    }

    private List<ChatMessage> latest(PanelId panel, int limit) {
        return read(() -> chatMessages().latest(panel, limit)).stream().map(ChatEntry::message).toList();
    }

    private long append(ChatMessage message) {
        return read(() -> chatMessages().append(message));
    }

    private static List<Long> positions(List<ChatEntry> entries) {
        return entries.stream().map(ChatEntry::position).toList();
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
    void a_message_is_found_by_its_id_in_its_own_panel_only() {
        PanelId panel = aPanel();
        PanelId other = aPanel();
        var first = message(panel, 1);
        var second = message(panel, 2);
        append(first);
        append(second);

        assertThat(read(() -> chatMessages().find(panel, second.id()))).contains(new ChatEntry(2, second));
        assertThat(read(() -> chatMessages().find(other, second.id()))).isEmpty();
        assertThat(read(() -> chatMessages().find(panel, ChatMessageId.random()))).isEmpty();
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

        List<ChatEntry> read = read(() -> chatMessages().latest(panel, 10));

        assertThatThrownBy(() -> read.add(read.get(0))).isInstanceOf(UnsupportedOperationException.class);
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

    @Test
    void the_messages_of_each_panel_are_numbered_from_one_in_the_order_appended() {
        PanelId panel = aPanel();
        PanelId other = aPanel();

        assertThat(append(message(panel, 1))).isEqualTo(1);
        assertThat(append(message(other, 2))).isEqualTo(1);
        assertThat(append(message(panel, 3))).isEqualTo(2);
        assertThat(append(message(panel, 0))).isEqualTo(3);

        assertThat(positions(read(() -> chatMessages().latest(panel, 10)))).containsExactly(1L, 2L, 3L);
        assertThat(read(() -> chatMessages().lastPositions(Set.of(panel, other, aPanel()))))
                .isEqualTo(Map.of(panel, 3L, other, 1L));
        assertThat(read(() -> chatMessages().lastPositions(Set.of()))).isEmpty();
    }

    @Test
    void the_history_pages_back_before_a_position_and_a_reader_catches_up_after_one() {
        PanelId panel = aPanel();
        List<ChatMessage> messages = IntStream.range(0, 7).mapToObj(i -> message(panel, i)).toList();
        messages.forEach(this::append);

        assertThat(positions(read(() -> chatMessages().before(panel, 6, 3)))).containsExactly(3L, 4L, 5L);
        assertThat(positions(read(() -> chatMessages().before(panel, 3, 3)))).containsExactly(1L, 2L);
        assertThat(read(() -> chatMessages().before(panel, 1, 3))).isEmpty();
        assertThat(read(() -> chatMessages().after(panel, 2, 3))).extracting(ChatEntry::message)
                .containsExactly(messages.get(2), messages.get(3), messages.get(4));
        assertThat(positions(read(() -> chatMessages().after(panel, 5, 500)))).containsExactly(6L, 7L);
        assertThat(read(() -> chatMessages().after(panel, 7, 500))).isEmpty();
        assertThatThrownBy(() -> read(() -> chatMessages().after(panel, 0, 0))).isInstanceOf(InvalidValue.class);
    }
}
