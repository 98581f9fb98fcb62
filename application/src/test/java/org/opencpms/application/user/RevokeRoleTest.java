package org.opencpms.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.RoleRevoked;

class RevokeRoleTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final RevokeRole revokeRole = new RevokeRole(world.users, world.events, world.auditing, world.clock);
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final RoleGrant hpGrant = RoleGrant.healthProfessional(PeopleFixtures.ERN, centre);

    @Test
    void a_coordinator_takes_back_a_role_in_their_ern() {
        var coordinator = world.coordinator(PeopleFixtures.ERN, centre);
        var hp = world.person(hpGrant);

        revokeRole.handle(new RevokeRole.Command(coordinator, hp.id(), 0L, hpGrant));

        assertThat(world.stored(hp.id()).grants()).isEmpty();
        assertThat(world.events.published(RoleRevoked.class)).singleElement()
                .satisfies(e -> assertThat(e.revokedBy()).isEqualTo(coordinator.id()));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.resourceId()).isEqualTo(hp.id().toString());
        assertThat(entry.purpose()).isEqualTo("role revoked: HEALTH_PROFESSIONAL");
    }

    @Test
    void a_coordinator_of_another_ern_may_not() {
        var otherCoordinator = world.coordinator(PeopleFixtures.OTHER_ERN, centre);
        var hp = world.person(hpGrant);

        assertThatThrownBy(() -> revokeRole.handle(new RevokeRole.Command(otherCoordinator, hp.id(), null, hpGrant)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.grant-forbidden");
        assertThat(world.stored(hp.id()).grants()).containsExactly(hpGrant);
    }

    @Test
    void unknown_users_and_stale_versions_are_refused() {
        var coordinator = world.coordinator(PeopleFixtures.ERN, centre);
        var hp = world.person(hpGrant);

        assertThatThrownBy(() -> revokeRole.handle(new RevokeRole.Command(coordinator, UserId.random(), null, hpGrant)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.not-found");
        assertThatThrownBy(() -> revokeRole.handle(new RevokeRole.Command(coordinator, hp.id(), 1L, hpGrant)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.concurrent-update");
    }
}
