package org.opencpms.application.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.chat.ChatEntry;
import org.opencpms.domain.chat.ChatMessage;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;

class InMemoryChatMessagesTest {

    private final InMemoryChatMessages chat = new InMemoryChatMessages();
    private final PanelId panel = PanelId.random();

    private ChatMessage append(PanelId to, String text) {
        var message = new ChatMessage(ChatMessageId.random(), to, UserId.random(), text, Instant.parse("2025-03-14T10:00:00Z"));
        chat.append(message);
        return message;
    }

    @Test
    void the_latest_messages_of_a_panel_come_oldest_first() {
        var one = append(panel, "one");
        var two = append(panel, "two");
        append(PanelId.random(), "elsewhere");
        var three = append(panel, "three");

        assertThat(chat.latest(panel, 2)).extracting(ChatEntry::message).containsExactly(two, three);
        assertThat(chat.latest(panel, 500)).extracting(ChatEntry::message).containsExactly(one, two, three);
        assertThat(chat.latest(PanelId.random(), 5)).isEmpty();
    }

    @Test
    void the_limit_is_bounded() {
        assertRefused(() -> chat.latest(panel, 0), "limit.invalid");
        assertRefused(() -> chat.latest(panel, 501), "limit.invalid");
    }
}
