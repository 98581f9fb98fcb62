package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.InvitationDeclined;
import org.opencpms.domain.panel.InvitationStatus;

class DeclineInvitationTest {

    private final PanelFixtures world = new PanelFixtures();
    private final DeclineInvitation decline = new DeclineInvitation(world.panels, world.patients, world.policy,
            world.events, world.auditing,
            world.clock);

    @Test
    void an_invited_expert_declines_does_not_become_a_member_and_no_longer_sees_the_panel() {
        var panel = world.inSelection();
        var expert = world.expert(ERN);
        world.invite(panel, expert);
        long version = world.version(panel);

        var seen = decline.handle(new DeclineInvitation.Command(expert, panel, version));

        assertThat(world.stored(panel).members()).isEmpty();
        assertThat(world.stored(panel).invitations()).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(InvitationStatus.DECLINED));
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(InvitationDeclined.class)).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo(expert.id()));
        world.assertAudited(AuditAction.UPDATE, expert, panel);
        assertThat(seen).isEmpty();
    }
}
