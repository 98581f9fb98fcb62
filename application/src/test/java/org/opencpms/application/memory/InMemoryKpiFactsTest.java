package org.opencpms.application.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.OTHER_ERN;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.domain.kpi.PanelFact;
import org.opencpms.domain.kpi.UserFact;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.user.RoleGrant;

class InMemoryKpiFactsTest {

    private final PanelFixtures world = new PanelFixtures();
    private final InMemoryKpiFacts facts = new InMemoryKpiFacts(world.panels::all, world.users::all);

    @Test
    void panel_facts_are_those_of_the_ern_s_panels_without_deleted_ones() {
        var member = world.expert(ERN);
        var closed = world.closed(member);
        var deleted = world.draft();
        world.change(deleted, p -> p.delete(world.lead, NOW));

        assertThat(facts.panels(ERN)).containsExactly(PanelFact.of(world.stored(closed)));
        assertThat(facts.panels(null)).extracting(PanelFact::state).containsExactly(PanelState.CLOSED);
        assertThat(facts.panels(OTHER_ERN)).isEmpty();
    }

    @Test
    void user_facts_are_those_of_every_user_holding_any_role_with_the_erns_they_hold_roles_in() {
        var both = world.person(RoleGrant.healthProfessional(ERN, world.otherCentre),
                RoleGrant.coordinator(OTHER_ERN, world.otherCentre));
        var guest = world.person(RoleGrant.guestExpert(world.draft()));
        world.person();

        assertThat(facts.users()).containsExactlyInAnyOrder(
                new UserFact(world.lead.id(), Country.of("NL"), Set.of(ERN)),
                new UserFact(both.id(), Country.of("NL"), Set.of(ERN, OTHER_ERN)),
                new UserFact(guest.id(), Country.of("NL"), Set.of()));
    }
}
