package org.opencpms.adapters.rest.user;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class CentreRightsJsonTest {

    private static final ProviderId BERLIN = ProviderId.random();
    private static final ProviderId PARIS = ProviderId.random();
    private static final UserId ASSISTED = UserId.random();

    @Test
    void each_centre_where_the_caller_enrols_names_for_whom_and_the_erns_of_their_panels_as_the_domain_decides() {
        var actor = Actor.of(UserId.random(), RoleGrant.healthProfessional(Ern.ERKNET, BERLIN),
                RoleGrant.coordinator(Ern.ITHACA, BERLIN), RoleGrant.centreAssistant(PARIS, ASSISTED),
                RoleGrant.researcher(Ern.RND));

        var rights = CentreRightsJson.of(actor);

        assertThat(rights).extracting(CentreRightsJson::centre).containsExactlyInAnyOrder(BERLIN.value().toString(),
                PARIS.value().toString()).isSorted();
        assertThat(rights).filteredOn(r -> r.centre().equals(BERLIN.value().toString())).containsExactly(
                new CentreRightsJson(BERLIN.value().toString(), List.of(actor.id().value().toString()),
                        List.of("ERKNET", "ITHACA")));
        assertThat(rights).filteredOn(r -> r.centre().equals(PARIS.value().toString())).containsExactly(
                new CentreRightsJson(PARIS.value().toString(), List.of(ASSISTED.value().toString()), List.of()));
    }

    @Test
    void a_caller_who_enrols_nowhere_has_no_centre() {
        assertThat(CentreRightsJson.of(Actor.of(UserId.random(), RoleGrant.researcher(Ern.RND)))).isEmpty();
    }
}
