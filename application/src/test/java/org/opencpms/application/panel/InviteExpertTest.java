package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.OTHER_ERN;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.ExpertInvited;
import org.opencpms.domain.panel.InvitationKind;
import org.opencpms.domain.panel.InvitationStatus;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.RoleGrant;

class InviteExpertTest {

    private final PanelFixtures world = new PanelFixtures();
    private final InviteExpert invite = new InviteExpert(world.panels, world.patients, world.policy, world.users,
            world.events, world.auditing,
            world.clock);

    @Test
    void the_lead_invites_a_health_professional_of_another_ern() {
        var panel = world.inSelection();
        long version = world.version(panel);
        var expert = world.expert(OTHER_ERN);

        invite.handle(new InviteExpert.Command(world.lead, panel, version, expert.id()));

        assertThat(world.stored(panel).invitations()).singleElement().satisfies(i -> {
            assertThat(i.invitee()).isEqualTo(expert.id());
            assertThat(i.kind()).isEqualTo(InvitationKind.OTHER_ERN);
            assertThat(i.status()).isEqualTo(InvitationStatus.PENDING);
        });
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(ExpertInvited.class)).singleElement()
                .satisfies(e -> assertThat(e.invitee()).isEqualTo(expert.id()));
        world.assertAudited(AuditAction.UPDATE, world.lead, panel);
    }

    @Test
    void the_invitee_s_grants_are_those_stored_now_so_a_guest_expert_of_this_panel_is_invited_as_a_guest() {
        var panel = world.inSelection();
        var guest = world.person(RoleGrant.guestExpert(panel));

        invite.handle(new InviteExpert.Command(world.lead, panel, null, guest.id()));

        assertThat(world.stored(panel).invitations()).singleElement()
                .satisfies(i -> assertThat(i.kind()).isEqualTo(InvitationKind.GUEST));
    }

    @Test
    void an_unknown_invitee_is_not_found() {
        var panel = world.inSelection();

        assertRefused(() -> invite.handle(new InviteExpert.Command(world.lead, panel, null, UserId.random())),
                "user.not-found");
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void a_researcher_is_not_eligible() {
        var panel = world.inSelection();
        var researcher = world.person(RoleGrant.researcher(ERN));

        assertRefused(() -> invite.handle(new InviteExpert.Command(world.lead, panel, null, researcher.id())),
                "panel.invitee-not-eligible");
    }
}
