package org.opencpms.application.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.chat.ChatMessage;
import org.opencpms.domain.chat.ChatMessageId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class ViewChatMessageTest {

    private final PanelFixtures world = new PanelFixtures();
    private final Actor member = world.expert(ERN);
    private final ViewChatMessage view = new ViewChatMessage(world.panels, world.patients, world.policy, world.chat,
            world.auditing);

    @Test
    void whoever_sees_the_panel_reads_one_message_with_its_position() {
        var panel = world.inAssessment(member);
        world.chat.append(new ChatMessage(ChatMessageId.random(), panel, world.lead.id(), "First", NOW));
        var second = new ChatMessage(ChatMessageId.random(), panel, member.id(), "Second", NOW);
        world.chat.append(second);

        var entry = view.handle(new ViewChatMessage.Query(world.lead, panel, second.id()));

        assertThat(entry.position()).isEqualTo(2);
        assertThat(entry.message()).isEqualTo(second);
        var audited = world.lastAudit();
        assertThat(audited.action()).isEqualTo(AuditAction.READ);
        assertThat(audited.resourceType()).isEqualTo("Chat");
        assertThat(audited.patient()).isEqualTo(world.patient);
    }

    @Test
    void a_message_of_another_panel_or_none_at_all_is_not_found() {
        var panel = world.inAssessment(member);
        var other = world.inAssessment(member);
        var elsewhere = new ChatMessage(ChatMessageId.random(), other, member.id(), "Elsewhere", NOW);
        world.chat.append(elsewhere);

        assertRefused(() -> view.handle(new ViewChatMessage.Query(member, panel, elsewhere.id())),
                "chat-message.not-found");
        assertRefused(() -> view.handle(new ViewChatMessage.Query(member, panel, ChatMessageId.random())),
                "chat-message.not-found");
    }

    @Test
    void who_may_not_see_the_panel_is_told_the_panel_does_not_exist() {
        var panel = world.inAssessment(member);
        var message = new ChatMessage(ChatMessageId.random(), panel, member.id(), "Hello", NOW);
        world.chat.append(message);
        var outsider = world.person(RoleGrant.healthProfessional(ERN, world.otherCentre));

        assertRefused(() -> view.handle(new ViewChatMessage.Query(outsider, panel, message.id())), "panel.not-found");
    }
}
