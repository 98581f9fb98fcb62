package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.OTHER_ERN;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.user.RoleGrant;

class ListInvitableExpertsTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ListInvitableExperts list = new ListInvitableExperts(world.panels, world.patients, world.policy,
            world.users, world.auditing);

    @Test
    void the_lead_sees_the_lead_erns_experts_neither_taking_part_nor_invited_by_name() {
        var member = world.expert(ERN);
        var invited = world.expert(ERN);
        var free = world.expert(ERN);
        var coordinator = world.person(RoleGrant.coordinator(ERN, world.otherCentre));
        world.expert(OTHER_ERN);
        world.person(RoleGrant.panelManager(ERN, world.otherCentre));
        var panel = world.inSelection();
        world.join(panel, member);
        world.invite(panel, invited);

        var experts = list.handle(new ListInvitableExperts.Query(world.lead, panel));

        assertThat(experts).extracting(ListInvitableExperts.Expert::id).containsExactlyInAnyOrder(free.id(), coordinator.id());
        assertThat(experts).extracting(ListInvitableExperts.Expert::displayName).isSorted();
        world.assertAudited(AuditAction.READ, world.lead, panel);
    }

    @Test
    void a_member_who_may_not_invite_is_refused_as_the_invitation_would_be() {
        var member = world.expert(ERN);
        var panel = world.inSelection();
        world.join(panel, member);

        assertRefused(() -> list.handle(new ListInvitableExperts.Query(member, panel)), "panel.forbidden");
        assertRefused(() -> list.handle(new ListInvitableExperts.Query(world.lead, world.draft())),
                "panel.not-allowed-in-state");
    }
}
