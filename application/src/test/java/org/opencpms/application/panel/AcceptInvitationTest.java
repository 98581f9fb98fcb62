package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.assertRefused;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.InvitationAccepted;

class AcceptInvitationTest {

    private final PanelFixtures world = new PanelFixtures();
    private final AcceptInvitation accept = new AcceptInvitation(world.panels, world.patients, world.policy,
            world.events, world.auditing, world.clock);

    @Test
    void an_invited_expert_accepts_and_becomes_a_member() {
        var panel = world.inSelection();
        var expert = world.expert(ERN);
        world.invite(panel, expert);
        long version = world.version(panel);

        var seen = accept.handle(new AcceptInvitation.Command(expert, panel, version));

        assertThat(world.stored(panel).members()).containsExactly(expert.id());
        assertThat(world.version(panel)).isEqualTo(version + 1);
        assertThat(world.events.published(InvitationAccepted.class)).singleElement()
                .satisfies(e -> assertThat(e.by()).isEqualTo(expert.id()));
        world.assertAudited(AuditAction.UPDATE, expert, panel);
        assertThat(seen).hasValueSatisfying(view -> assertThat(view.members()).containsExactly(expert.id()));
    }

    @Test
    void someone_never_invited_cannot_accept() {
        var panel = world.inSelection();

        assertRefused(() -> accept.handle(new AcceptInvitation.Command(world.expert(ERN), panel, null)), "panel.not-invited");
    }
}
