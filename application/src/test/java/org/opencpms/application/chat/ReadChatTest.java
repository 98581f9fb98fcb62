package org.opencpms.application.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.chat.ChatMessage;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.RoleGrant;

class ReadChatTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ReadChat read = new ReadChat(world.panels, world.patients, world.policy, world.chat, world.auditing);

    private void posted(PanelId panel, String text, int minutesAgo) {
        world.chat.append(ChatMessage.post(ChatMessageId.random(), world.stored(panel), world.lead, text,
                NOW.minus(Duration.ofMinutes(minutesAgo))));
    }

    @Test
    void a_coordinator_of_the_lead_ern_reads_the_latest_messages_oldest_first() {
        var panel = world.inAssessment();
        posted(panel, "one", 3);
        posted(panel, "two", 2);
        posted(panel, "three", 1);
        var coordinator = world.person(RoleGrant.coordinator(ERN, world.otherCentre));

        var messages = read.handle(new ReadChat.Query(coordinator, panel, null, 2));

        assertThat(messages).extracting(e -> e.message().text()).containsExactly("two", "three");
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.READ);
        assertThat(entry.actor()).isEqualTo(coordinator.id());
        assertThat(entry.resourceType()).isEqualTo("Chat");
        assertThat(entry.resourceId()).isEqualTo(panel.toString());
        assertThat(entry.patient()).isEqualTo(world.patient);
    }

    @Test
    void someone_who_may_not_see_the_panel_does_not_read_its_chat() {
        var panel = world.inAssessment();
        posted(panel, "one", 1);

        assertRefused(() -> read.handle(new ReadChat.Query(world.expert(ERN), panel, null, 10)), "panel.not-found");
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void the_chat_of_a_deleted_panel_is_not_found() {
        var panel = world.draft();
        world.change(panel, p -> p.delete(world.lead, NOW));

        assertRefused(() -> read.handle(new ReadChat.Query(world.lead, panel, null, 10)), "panel.not-found");
    }

    @Test
    void the_history_is_read_back_page_by_page_before_the_first_position_of_the_page_read_last() {
        var panel = world.inAssessment();
        posted(panel, "one", 4);
        posted(panel, "two", 3);
        posted(panel, "three", 2);
        posted(panel, "four", 1);

        var newest = read.handle(new ReadChat.Query(world.lead, panel, null, 2));
        var older = read.handle(new ReadChat.Query(world.lead, panel, newest.get(0).position(), 2));

        assertThat(newest).extracting(e -> e.message().text()).containsExactly("three", "four");
        assertThat(older).extracting(e -> e.message().text()).containsExactly("one", "two");
        assertThat(read.handle(new ReadChat.Query(world.lead, panel, 1L, 2))).isEmpty();
        assertRefused(() -> new ReadChat.Query(world.lead, panel, 0L, 2), "before.invalid");
    }
}
