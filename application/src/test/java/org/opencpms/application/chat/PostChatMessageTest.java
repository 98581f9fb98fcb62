package org.opencpms.application.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.chat.ChatEntry;
import org.opencpms.domain.chat.ChatMessage;
import org.opencpms.domain.chat.ChatMessagePosted;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.RoleGrant;

class PostChatMessageTest {

    private final PanelFixtures world = new PanelFixtures();
    private final PostChatMessage post = new PostChatMessage(world.panels, world.chat, world.events, world.auditing,
            world.clock);

    @Test
    void a_member_posts_in_the_panel_s_chat_and_the_post_is_published_for_the_live_push() {
        var member = world.expert(ERN);
        var panel = world.inAssessment(member);

        var id = post.handle(new PostChatMessage.Command(member, panel, "Shall we meet on Friday?"));

        assertThat(world.chat.latest(panel, 10))
                .containsExactly(new ChatEntry(1, new ChatMessage(id, panel, member.id(), "Shall we meet on Friday?", NOW)));
        assertThat(world.events.published()).containsExactly(new ChatMessagePosted(id, panel, member.id(), NOW));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
        assertThat(entry.actor()).isEqualTo(member.id());
        assertThat(entry.resourceType()).isEqualTo("ChatMessage");
        assertThat(entry.resourceId()).isEqualTo(id.value().toString());
        assertThat(entry.patient()).isEqualTo(world.patient);
    }

    @Test
    void a_coordinator_who_is_not_a_participant_does_not_chat_and_nothing_is_kept() {
        var panel = world.inAssessment();
        var coordinator = world.person(RoleGrant.coordinator(ERN, world.otherCentre));

        assertRefused(() -> post.handle(new PostChatMessage.Command(coordinator, panel, "hello")),
                "chat.not-a-participant");
        assertThat(world.chat.latest(panel, 10)).isEmpty();
        assertThat(world.events.published()).isEmpty();
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void an_unknown_panel_is_not_found() {
        assertRefused(() -> post.handle(new PostChatMessage.Command(world.lead, PanelId.random(), "hello")),
                "panel.not-found");
    }
}
