package org.opencpms.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.access.AccessForbidden;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;
import org.opencpms.domain.user.RoleGrant;

class ViewUserTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ViewUser viewUser = new ViewUser(world.users, world.strict, world.auditing);
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);

    @Test
    void a_user_sees_their_own_account() {
        var hp = world.hp(centre);

        var view = viewUser.handle(ViewUser.Query.self(hp));

        assertThat(view.id()).isEqualTo(hp.id());
        assertThat(view.displayName()).isEqualTo(world.stored(hp.id()).displayName());
        assertThat(view.email()).isEqualTo(world.stored(hp.id()).email());
        assertThat(view.country()).isEqualTo(Country.of("DE"));
        assertThat(view.grants()).containsExactly(RoleGrant.healthProfessional(PeopleFixtures.ERN, centre));
        assertThat(view.notificationPreferences()).hasSize(NotificationKind.values().length)
                .containsEntry(NotificationKind.COMMENT, NotificationChannel.IN_APP);
        assertThat(view.version()).isZero();
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.READ);
        assertThat(entry.resourceType()).isEqualTo("User");
        assertThat(entry.resourceId()).isEqualTo(hp.id().toString());
    }

    @Test
    void a_coordinator_sees_anyones_account() {
        var coordinator = world.coordinator(PeopleFixtures.OTHER_ERN, centre);
        var hp = world.hp(centre);

        assertThat(viewUser.handle(new ViewUser.Query(coordinator, hp.id())).id()).isEqualTo(hp.id());
    }

    @Test
    void nobody_else_sees_an_account_and_the_refusal_reveals_nothing() {
        var hp = world.hp(centre);
        var colleague = world.hp(centre);

        for (UserId asked : new UserId[] {hp.id(), UserId.random()}) {
            assertThatThrownBy(() -> viewUser.handle(new ViewUser.Query(colleague, asked)))
                    .isInstanceOf(AccessForbidden.class)
                    .extracting(e -> ((DomainException) e).code()).isEqualTo("access.user-forbidden");
        }
        assertThat(world.audit()).isEmpty();
    }

    @Test
    void an_unknown_user_is_not_found() {
        var coordinator = world.coordinator(PeopleFixtures.ERN, centre);

        assertThatThrownBy(() -> viewUser.handle(new ViewUser.Query(coordinator, UserId.random())))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.not-found");
    }
}
