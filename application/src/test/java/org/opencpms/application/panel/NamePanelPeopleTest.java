package org.opencpms.application.panel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.OTHER_ERN;
import static org.opencpms.application.PanelFixtures.PLANTED;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class NamePanelPeopleTest {

    private final PanelFixtures world = new PanelFixtures();
    private final NamePanelPeople namePeople = new NamePanelPeople(world.users);

    private PanelView seenByTheLead(PanelId panel) {
        return new ViewPanel(world.panels, world.patients, world.policy, world.auditing, world.clock)
                .handle(new ViewPanel.Query(world.lead, panel));
    }

    @Test
    void everyone_the_panel_mentions_is_named_and_nobody_else() {
        var member = world.expert(ERN);
        var invitee = world.expert(OTHER_ERN);
        var bystander = world.expert(ERN);
        var panel = world.inAssessment(member);
        world.invite(panel, invitee);
        world.change(panel, p -> {
            p.comment(member, "Consider a skin biopsy", NOW);
            p.scheduleMeeting(world.lead, NOW.plus(Duration.ofDays(2)), Duration.ofHours(1),
                    Set.of(world.lead.id(), member.id()), "https://meet.example.eu/x", NOW);
        });

        var names = namePeople.handle(seenByTheLead(panel));

        assertThat(names).containsOnlyKeys(world.lead.id(), member.id(), invitee.id())
                .doesNotContainKey(bystander.id());
        assertThat(names.get(world.lead.id())).isEqualTo(world.users.get(world.lead.id()).displayName());
        assertThat(names.values()).allSatisfy(name -> assertThat(PLANTED).noneMatch(name::contains));
    }

    @Test
    void someone_no_longer_known_is_left_out() {
        Actor unknown = Actor.of(UserId.random(), RoleGrant.healthProfessional(OTHER_ERN, world.otherCentre));
        var panel = world.inSelection();
        world.invite(panel, unknown);

        assertThat(namePeople.handle(seenByTheLead(panel))).containsOnlyKeys(world.lead.id());
    }
}
