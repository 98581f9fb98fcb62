package org.opencpms.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.RoleGrant;

class IdentifyUserTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final IdentifyUser identify = new IdentifyUser(world.users);

    @Test
    void a_user_acts_with_the_grants_they_hold_now_and_nothing_is_audited() {
        var centre = world.centre(PeopleFixtures.ERN);
        var hp = world.hp(centre);

        var actor = identify.handle(new IdentifyUser.Query(hp.id()));

        assertThat(actor.id()).isEqualTo(hp.id());
        assertThat(actor.grants()).containsExactly(RoleGrant.healthProfessional(PeopleFixtures.ERN, centre));
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void an_unknown_user_is_not_found() {
        assertThatThrownBy(() -> identify.handle(new IdentifyUser.Query(UserId.random())))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.not-found");
    }
}
