package org.opencpms.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.ActingForNotHealthProfessional;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.RoleGranted;

class GrantRoleTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final GrantRole grantRole = new GrantRole(world.users, world.events, world.auditing, world.clock);
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor coordinator = world.coordinator(PeopleFixtures.ERN, centre);

    @Test
    void a_coordinator_grants_a_role_in_their_ern() {
        var newcomer = world.person();
        var grant = RoleGrant.healthProfessional(PeopleFixtures.ERN, centre);

        grantRole.handle(new GrantRole.Command(coordinator, newcomer.id(), 0L, grant));

        assertThat(world.stored(newcomer.id()).grants()).containsExactly(grant);
        assertThat(world.stored(newcomer.id()).version()).isEqualTo(1);
        assertThat(world.events.published(RoleGranted.class)).singleElement()
                .satisfies(e -> assertThat(e.grantedBy()).isEqualTo(coordinator.id()));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.actor()).isEqualTo(coordinator.id());
        assertThat(entry.resourceType()).isEqualTo("User");
        assertThat(entry.resourceId()).isEqualTo(newcomer.id().toString());
        assertThat(entry.purpose()).isEqualTo("role granted: HEALTH_PROFESSIONAL");
    }

    @Test
    void an_assistant_grant_names_a_health_professional_of_that_centre() {
        var hp = world.hp(centre);
        var assistant = world.person();
        var grant = RoleGrant.centreAssistant(centre, hp.id());

        grantRole.handle(new GrantRole.Command(coordinator, assistant.id(), null, grant));

        assertThat(world.stored(assistant.id()).grants()).containsExactly(grant);
    }

    @Test
    void an_assistant_grant_for_someone_who_is_no_health_professional_there_is_refused_and_not_saved() {
        var hpElsewhere = world.hp(world.centre(PeopleFixtures.ERN));
        var notAnHp = world.person();
        var assistant = world.person();

        for (UserId actingFor : new UserId[] {hpElsewhere.id(), notAnHp.id(), UserId.random()}) {
            assertThatThrownBy(() -> grantRole.handle(new GrantRole.Command(coordinator, assistant.id(), null, RoleGrant.centreAssistant(centre, actingFor))))
                    .isInstanceOf(ActingForNotHealthProfessional.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("user.acting-for-not-hp");
        }
        assertThat(world.stored(assistant.id()).grants()).isEmpty();
        assertThat(world.events.published()).isEmpty();
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void someone_who_may_not_give_the_grant_is_refused_before_anything_is_checked() {
        var hp = world.hp(centre);
        var other = world.person();

        assertThatThrownBy(() -> grantRole.handle(new GrantRole.Command(hp, other.id(), null, RoleGrant.centreAssistant(centre, UserId.random()))))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.grant-forbidden");
        assertThat(world.stored(other.id()).grants()).isEmpty();
    }

    @Test
    void an_unknown_user_is_not_found() {
        assertThatThrownBy(() -> grantRole.handle(new GrantRole.Command(coordinator, UserId.random(), null, RoleGrant.healthProfessional(PeopleFixtures.ERN, centre))))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.not-found");
    }

    @Test
    void a_stale_expected_version_is_a_conflict() {
        var newcomer = world.person();

        assertThatThrownBy(() -> grantRole.handle(new GrantRole.Command(coordinator, newcomer.id(), 3L, RoleGrant.healthProfessional(PeopleFixtures.ERN, centre))))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.concurrent-update");
        assertThat(world.stored(newcomer.id()).grants()).isEmpty();
    }
}
