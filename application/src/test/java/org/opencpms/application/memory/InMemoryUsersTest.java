package org.opencpms.application.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.SubjectAlreadyRegistered;
import org.opencpms.domain.user.User;

class InMemoryUsersTest {

    private static final Subject SUBJECT = new Subject("https://login.example.eu", "abc");
    private static final RoleGrant HP = RoleGrant.healthProfessional(Ern.ERKNET, ProviderId.random());

    private final InMemoryUsers users = new InMemoryUsers();

    private static User user(Subject subject) {
        return User.restore(UserId.random(), subject, "Dr Who", EmailAddress.of("who@example.eu"), Country.of("FR"),
                Set.of(HP), Map.of(NotificationKind.COMMENT, NotificationChannel.NONE), 0);
    }

    @Test
    void a_saved_user_is_found_by_id_and_by_subject_with_all_its_state() {
        var user = user(SUBJECT);
        users.save(user);

        var found = users.get(user.id());
        assertThat(found.subject()).isEqualTo(SUBJECT);
        assertThat(found.displayName()).isEqualTo("Dr Who");
        assertThat(found.email()).isEqualTo(EmailAddress.of("who@example.eu"));
        assertThat(found.country()).isEqualTo(Country.of("FR"));
        assertThat(found.grants()).containsExactly(HP);
        assertThat(found.channelFor(NotificationKind.COMMENT)).isEqualTo(NotificationChannel.NONE);
        assertThat(found.version()).isZero();
        assertThat(users.findBySubject(SUBJECT)).map(User::id).contains(user.id());
        assertThat(users.findBySubject(new Subject("https://login.example.eu", "other"))).isEmpty();
        assertThat(users.find(UserId.random())).isEmpty();
    }

    @Test
    void copies_are_independent_of_the_store() {
        var user = user(SUBJECT);
        users.save(user);
        var copy = users.get(user.id());

        copy.choose(NotificationKind.INVITATION, NotificationChannel.NONE, copy.asActor(), java.time.Instant.EPOCH);

        assertThat(users.get(user.id()).channelFor(NotificationKind.INVITATION)).isEqualTo(NotificationChannel.BOTH);
        assertThat(users.get(user.id())).isNotSameAs(users.get(user.id()));
    }

    @Test
    void each_save_raises_the_version_and_a_stale_copy_is_refused() {
        var user = user(SUBJECT);
        users.save(user);
        var first = users.get(user.id());
        var second = users.get(user.id());
        users.save(first);

        assertThat(users.get(user.id()).version()).isEqualTo(1);
        assertThatThrownBy(() -> users.save(second))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.concurrent-update");
    }

    @Test
    void a_subject_belongs_to_one_user_only() {
        users.save(user(SUBJECT));

        assertThatThrownBy(() -> users.save(user(SUBJECT)))
                .isInstanceOf(SubjectAlreadyRegistered.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.already-registered");
    }

    @Test
    void the_actor_of_a_stored_user_carries_its_grants() {
        var user = user(SUBJECT);
        users.save(user);

        assertThat(users.get(user.id()).asActor()).isEqualTo(new Actor(user.id(), Set.of(HP)));
    }

    @Test
    void the_coordinators_of_an_ern_are_the_users_holding_the_coordinator_role_in_it_in_registration_order() {
        var centre = ProviderId.random();
        var first = withGrants("c1", RoleGrant.coordinator(Ern.ERKNET, centre));
        var otherErn = withGrants("c2", RoleGrant.coordinator(Ern.EYE, centre));
        withGrants("hp", RoleGrant.healthProfessional(Ern.ERKNET, centre), RoleGrant.dispatcher(Ern.ERKNET, centre));
        var second = withGrants("c3", RoleGrant.healthProfessional(Ern.EYE, centre), RoleGrant.coordinator(Ern.ERKNET, centre));

        assertThat(users.coordinatorsOf(Ern.ERKNET)).extracting(User::id).containsExactly(first.id(), second.id());
        assertThat(users.coordinatorsOf(Ern.EYE)).extracting(User::id).containsExactly(otherErn.id());
        assertThat(users.coordinatorsOf(Ern.RND)).isEmpty();
    }

    @Test
    void the_health_professionals_of_an_ern_are_those_acting_as_one_in_it_in_registration_order() {
        var centre = ProviderId.random();
        var hp = withGrants("hp", RoleGrant.healthProfessional(Ern.ERKNET, centre));
        withGrants("other", RoleGrant.healthProfessional(Ern.EYE, centre), RoleGrant.panelManager(Ern.ERKNET, centre));
        var coordinator = withGrants("c1", RoleGrant.coordinator(Ern.ERKNET, centre));

        assertThat(users.healthProfessionalsOf(Ern.ERKNET)).extracting(User::id).containsExactly(hp.id(), coordinator.id());
        assertThat(users.healthProfessionalsOf(Ern.RND)).isEmpty();
    }

    @Test
    void coordinators_are_listed_as_independent_copies() {
        var coordinator = withGrants("c1", RoleGrant.coordinator(Ern.ERKNET, ProviderId.random()));

        var copy = users.coordinatorsOf(Ern.ERKNET).get(0);
        copy.choose(NotificationKind.ACCESS_DECISION, NotificationChannel.NONE, copy.asActor(), java.time.Instant.EPOCH);

        assertThat(users.get(coordinator.id()).channelFor(NotificationKind.ACCESS_DECISION))
                .isEqualTo(NotificationKind.ACCESS_DECISION.defaultChannel());
    }

    private User withGrants(String subject, RoleGrant... grants) {
        var user = User.restore(UserId.random(), new Subject("https://login.example.eu", subject), "Dr " + subject,
                EmailAddress.of(subject + "@example.eu"), Country.of("BE"), Set.of(grants), Map.of(), 0);
        users.save(user);
        return user;
    }
}
