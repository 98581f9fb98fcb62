package org.opencpms.domain.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.dataset.ErnConfiguration;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.Forbidden;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.RuleViolation;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class ChatMessageTest {

    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private final ProviderId centre = ProviderId.random();
    private final PatientId patient = PatientId.random();
    private final Actor lead = Actor.of(UserId.random(), RoleGrant.healthProfessional(Ern.EYE, centre));
    private final Actor expert = Actor.of(UserId.random(), RoleGrant.healthProfessional(Ern.EYE, ProviderId.random()));
    private final PatientConsents consents = new PatientConsents(patient, Set.of(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN));

    private Panel panel() {
        var form = new ConsultationForm("Retinal dystrophy", "Which gene panel?", false, List.of(), List.of(), List.of(),
                Map.of(), List.of(), Optional.empty());
        return Panel.draft(PanelId.random(), patient, centre, Ern.EYE, lead, form, consents, NOW);
    }

    @Test
    void the_lead_and_members_chat_while_the_panel_is_active() {
        var panel = panel();
        panel.submit(lead, consents, ErnConfiguration.defaultFor(Ern.EYE), NOW);
        panel.invite(expert, lead, NOW);
        panel.accept(expert, NOW);

        var byLead = ChatMessage.post(ChatMessageId.random(), panel, lead, " hello ", NOW);
        var byMember = ChatMessage.post(ChatMessageId.random(), panel, expert, "hi", NOW);

        assertThat(byLead.text()).isEqualTo("hello");
        assertThat(byLead.panel()).isEqualTo(panel.id());
        assertThat(byMember.author()).isEqualTo(expert.id());
        assertThat(byMember.posted()).isEqualTo(new ChatMessagePosted(byMember.id(), panel.id(), expert.id(), NOW));
    }

    @Test
    void an_invitee_who_has_not_accepted_cannot_chat() {
        var panel = panel();
        panel.submit(lead, consents, ErnConfiguration.defaultFor(Ern.EYE), NOW);
        panel.invite(expert, lead, NOW);

        assertThatThrownBy(() -> ChatMessage.post(ChatMessageId.random(), panel, expert, "hi", NOW))
                .isInstanceOf(ChatForbidden.class).isInstanceOf(Forbidden.class)
                .extracting("code").isEqualTo(ChatForbidden.NOT_A_PARTICIPANT);
        assertThat(ChatForbidden.NOT_A_PARTICIPANT).isEqualTo("chat.not-a-participant");
    }

    @Test
    void there_is_no_chat_in_a_draft_or_a_finished_panel() {
        var draft = panel();
        assertThatThrownBy(() -> ChatMessage.post(ChatMessageId.random(), draft, lead, "hi", NOW))
                .isInstanceOf(ChatRuleViolation.class).isInstanceOf(RuleViolation.class)
                .extracting("code").isEqualTo(ChatRuleViolation.PANEL_NOT_ACTIVE);
        assertThat(ChatRuleViolation.PANEL_NOT_ACTIVE).isEqualTo("chat.panel-not-active");
        var aborted = panel();
        aborted.abort(lead, "duplicate", NOW);
        assertThatThrownBy(() -> ChatMessage.post(ChatMessageId.random(), aborted, lead, "hi", NOW))
                .extracting("code").isEqualTo("chat.panel-not-active");
    }

    @Test
    void a_message_is_not_blank_and_not_longer_than_the_limit() {
        var panel = panel();
        panel.submit(lead, consents, ErnConfiguration.defaultFor(Ern.EYE), NOW);
        assertThat(ChatMessage.post(ChatMessageId.random(), panel, lead, "x".repeat(ChatMessage.MAX_LENGTH), NOW).text())
                .hasSize(ChatMessage.MAX_LENGTH);
        assertThatThrownBy(() -> ChatMessage.post(ChatMessageId.random(), panel, lead, "x".repeat(ChatMessage.MAX_LENGTH + 1), NOW))
                .extracting("code").isEqualTo("chat-text.invalid");
        assertThatThrownBy(() -> ChatMessage.post(ChatMessageId.random(), panel, lead, " ", NOW))
                .extracting("code").isEqualTo("chat-text.invalid");
        assertThatThrownBy(() -> new ChatMessageId(null)).extracting("code").isEqualTo("chat-message-id.invalid");
    }
}
