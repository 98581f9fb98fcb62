package org.opencpms.adapters.rest.chat;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.chat.ChatEntry;
import org.opencpms.domain.chat.ChatMessage;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

class ChatMappingTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final PanelId PANEL = new PanelId(UUID.fromString("00000000-0000-0000-0000-0000000000a1"));
    private static final UserId AUTHOR = new UserId(UUID.fromString("00000000-0000-0000-0000-0000000000c1"));
    private static final ChatMessageId MESSAGE = new ChatMessageId(UUID.fromString("00000000-0000-0000-0000-0000000000f1"));
    private static final Instant POSTED = Instant.parse("2025-03-01T09:00:00Z");

    @Test
    void a_message_is_mapped_field_by_field() {
        var message = new ChatMessage(MESSAGE, PANEL, AUTHOR, "See you at 10", POSTED);

        assertThat(ChatMessageJson.of(new ChatEntry(7, message))).isEqualTo(
                new ChatMessageJson(7, MESSAGE.value(), PANEL.value(), AUTHOR.value(), "See you at 10", POSTED));
    }

    @Test
    void posting_names_the_caller_the_panel_and_the_text() {
        var actor = Actor.of(AUTHOR);

        var command = new PostChatMessageRequest("See you at 10").toCommand(actor, PANEL);

        assertThat(command.actor()).isEqualTo(actor);
        assertThat(command.panel()).isEqualTo(PANEL);
        assertThat(command.text()).isEqualTo("See you at 10");
    }

    @Test
    void a_message_survives_a_json_round_trip() {
        var json = ChatMessageJson.of(new ChatEntry(3, new ChatMessage(MESSAGE, PANEL, AUTHOR, "See you at 10", POSTED)));
        var text = JSONB.toJson(json);

        assertThat(text).contains("\"position\":3", "\"postedAt\":\"2025-03-01T09:00:00Z\"", "\"author\":\"" + AUTHOR.value() + "\"");
        assertThat(JSONB.fromJson(text, ChatMessageJson.class)).isEqualTo(json);
    }
}
