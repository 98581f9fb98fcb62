package org.opencpms.application.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.application.panel.DeclineInvitation;
import org.opencpms.application.panel.DeletePanel;
import org.opencpms.domain.shared.PanelId;

class ChatUpdatesTest {

    private final PanelFixtures world = new PanelFixtures();
    private final ChatUpdates updates = new ChatUpdates(world.chat, world.panels, world.patients, world.policy,
            world.users);

    @Test
    void a_reader_who_declined_the_invitation_no_longer_reads_the_chat_and_the_others_still_do() {
        var panel = world.inSelection();
        var invitee = world.expert(ERN);
        var outsider = world.expert(ERN);
        world.invite(panel, invitee);
        assertThat(updates.stillReading(panel, Set.of(world.lead, invitee, outsider)))
                .containsExactlyInAnyOrder(world.lead, invitee);

        new DeclineInvitation(world.panels, world.patients, world.policy, world.events, world.auditing, world.clock)
                .handle(new DeclineInvitation.Command(invitee, panel, null));

        assertThat(updates.stillReading(panel, Set.of(world.lead, invitee))).containsExactly(world.lead);
    }

    @Test
    void nobody_reads_the_chat_of_a_deleted_or_unknown_panel() {
        var panel = world.draft();
        new DeletePanel(world.panels, world.patients, world.policy, world.events, world.auditing, world.clock)
                .handle(new DeletePanel.Command(world.lead, panel, null));

        assertThat(updates.stillReading(panel, Set.of(world.lead))).isEmpty();
        assertThat(updates.stillReading(PanelId.random(), Set.of(world.lead))).isEmpty();
    }
}
