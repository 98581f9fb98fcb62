package org.opencpms.adapters.persistence.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Language;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.NotificationChannel;
import org.opencpms.domain.user.NotificationKind;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.SubjectAlreadyRegistered;
import org.opencpms.domain.user.User;
import org.opencpms.domain.user.UserNotFound;
import org.opencpms.domain.user.Users;

/** What every {@link Users} does, whatever stores it. */
abstract class UsersContract {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final String ISSUER = "https://login.example.eu/realms/ern";

    protected abstract Users users();

    protected abstract void inTransaction(Runnable work);

    private <T> T read(Supplier<T> query) {
        var result = new Object[1];
        inTransaction(() -> result[0] = query.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static Subject newSubject() {
        return new Subject(ISSUER, UUID.randomUUID().toString());
    }

    private static User user(Set<RoleGrant> grants) {
        return User.restore(UserId.random(), newSubject(), "Dr Anna Jansen", EmailAddress.of("anna.jansen@example.nl"),
                Country.of("NL"), grants, Map.of(), 0);
    }

    private User saved(Set<RoleGrant> grants) {
        var user = user(grants);
        inTransaction(() -> users().save(user));
        return user;
    }

    private static Actor coordinatorOf(Ern ern) {
        return Actor.of(UserId.random(), RoleGrant.coordinator(ern, ProviderId.random()));
    }

    @Test
    void a_saved_user_is_found_with_every_field_and_version_zero() {
        var centre = ProviderId.random();
        var hp = UserId.random();
        var grants = Set.of(RoleGrant.healthProfessional(Ern.ERKNET, centre), RoleGrant.coordinator(Ern.BOND, centre),
                RoleGrant.dispatcher(Ern.EYE, centre), RoleGrant.panelManager(Ern.LUNG, centre),
                RoleGrant.centreAssistant(centre, hp), RoleGrant.researcher(Ern.RITA), RoleGrant.auditor(null),
                RoleGrant.auditor(Ern.SKIN));
        var preferences = Map.of(NotificationKind.COMMENT, NotificationChannel.NONE,
                NotificationKind.INVITATION, NotificationChannel.EMAIL);
        var user = User.restore(UserId.random(), newSubject(), "Prof. Zoë O'Brien-Müller",
                EmailAddress.of("zoe@example.ie"), Country.of("IE"), grants, preferences, 0);
        inTransaction(() -> users().save(user));

        var found = read(() -> users().get(user.id()));
        assertThat(found.id()).isEqualTo(user.id());
        assertThat(found.subject()).isEqualTo(user.subject());
        assertThat(found.displayName()).isEqualTo("Prof. Zoë O'Brien-Müller");
        assertThat(found.email()).isEqualTo(EmailAddress.of("zoe@example.ie"));
        assertThat(found.country()).isEqualTo(Country.of("IE"));
        assertThat(found.grants()).isEqualTo(grants);
        assertThat(found.notificationPreferences()).isEqualTo(user.notificationPreferences());
        assertThat(found.channelFor(NotificationKind.COMMENT)).isEqualTo(NotificationChannel.NONE);
        assertThat(found.channelFor(NotificationKind.MEETING)).isEqualTo(NotificationKind.MEETING.defaultChannel());
        assertThat(found.version()).isZero();
        assertThat(found.pullEvents()).isEmpty();
    }

    @Test
    void a_guest_expert_grant_is_stored_with_its_panel() {
        var grant = RoleGrant.guestExpert(PanelId.random());
        var user = saved(Set.of(grant));
        assertThat(read(() -> users().get(user.id())).grants()).containsExactly(grant);
    }

    @Test
    void each_save_increments_the_version_by_one_and_stores_the_changes() {
        var centre = ProviderId.random();
        var kept = RoleGrant.healthProfessional(Ern.ERKNET, centre);
        var lost = RoleGrant.healthProfessional(Ern.BOND, centre);
        var gained = RoleGrant.dispatcher(Ern.ERKNET, centre);
        var user = saved(Set.of(kept, lost));

        var first = read(() -> users().get(user.id()));
        first.updateProfile("Dr A. Jansen-de Vries", EmailAddress.of("a.devries@example.be"), Country.of("BE"),
                Language.DE, first.asActor(), NOW);
        first.choose(NotificationKind.DATA_REQUEST, NotificationChannel.IN_APP, first.asActor(), NOW);
        first.revoke(lost, coordinatorOf(Ern.BOND), NOW);
        first.grant(gained, coordinatorOf(Ern.ERKNET), Optional.empty(), NOW);
        inTransaction(() -> users().save(first));

        var second = read(() -> users().get(user.id()));
        assertThat(second.language()).isEqualTo(Language.DE);
        assertThat(second.version()).isEqualTo(1);
        assertThat(second.displayName()).isEqualTo("Dr A. Jansen-de Vries");
        assertThat(second.email()).isEqualTo(EmailAddress.of("a.devries@example.be"));
        assertThat(second.country()).isEqualTo(Country.of("BE"));
        assertThat(second.grants()).containsExactlyInAnyOrder(kept, gained);
        assertThat(second.channelFor(NotificationKind.DATA_REQUEST)).isEqualTo(NotificationChannel.IN_APP);
        assertThat(second.notificationPreferences()).isEqualTo(first.notificationPreferences());

        inTransaction(() -> users().save(second));
        var third = read(() -> users().get(user.id()));
        assertThat(third.version()).isEqualTo(2);
        assertThat(third.grants()).containsExactlyInAnyOrder(kept, gained);
    }

    @Test
    void saving_a_stale_version_fails_with_a_concurrent_update_and_changes_nothing() {
        var user = saved(Set.of());
        var mine = read(() -> users().get(user.id()));
        var theirs = read(() -> users().get(user.id()));
        theirs.choose(NotificationKind.MEETING, NotificationChannel.EMAIL, theirs.asActor(), NOW);
        inTransaction(() -> users().save(theirs));

        mine.choose(NotificationKind.MEETING, NotificationChannel.NONE, mine.asActor(), NOW);
        assertThatThrownBy(() -> inTransaction(() -> users().save(mine)))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.concurrent-update");

        var stored = read(() -> users().get(user.id()));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.channelFor(NotificationKind.MEETING)).isEqualTo(NotificationChannel.EMAIL);
    }

    @Test
    void a_user_found_is_a_copy_that_changes_nothing_until_saved() {
        var user = saved(Set.of());
        var found = read(() -> users().get(user.id()));
        found.updateProfile("Someone Else", EmailAddress.of("else@example.org"), Country.of("FR"), Language.FR,
                found.asActor(), NOW);
        user.choose(NotificationKind.COMMENT, NotificationChannel.BOTH, user.asActor(), NOW);

        var stored = read(() -> users().get(user.id()));
        assertThat(stored.displayName()).isEqualTo("Dr Anna Jansen");
        assertThat(stored.channelFor(NotificationKind.COMMENT)).isEqualTo(NotificationKind.COMMENT.defaultChannel());
    }

    @Test
    void an_unknown_user_is_not_found_by_id_nor_by_subject() {
        var id = UserId.random();
        var subject = newSubject();
        assertThat(read(() -> users().find(id))).isEmpty();
        assertThat(read(() -> users().findBySubject(subject))).isEmpty();
        assertThatThrownBy(() -> inTransaction(() -> users().get(id)))
                .isInstanceOf(UserNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.not-found");
        assertThatThrownBy(() -> inTransaction(() -> users().getBySubject(subject)))
                .isInstanceOf(UserNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.not-found");
    }

    @Test
    void a_user_is_found_by_issuer_and_subject_together() {
        var user = saved(Set.of());
        var sameSubjectOtherIssuer = new Subject("https://other.example.eu", user.subject().subject());
        var other = User.restore(UserId.random(), sameSubjectOtherIssuer, "Dr Other", EmailAddress.of("other@example.eu"),
                Country.of("AT"), Set.of(), Map.of(), 0);
        inTransaction(() -> users().save(other));

        assertThat(read(() -> users().findBySubject(user.subject()))).map(User::id).contains(user.id());
        assertThat(read(() -> users().getBySubject(sameSubjectOtherIssuer)).id()).isEqualTo(other.id());
        assertThat(read(() -> users().findBySubject(new Subject(ISSUER, user.subject().subject() + "x")))).isEmpty();
    }

    @Test
    void a_subject_already_registered_to_another_user_is_refused_and_nothing_is_stored() {
        var user = saved(Set.of());
        var impostor = User.restore(UserId.random(), user.subject(), "Impostor", EmailAddress.of("i@example.eu"),
                Country.of("DE"), Set.of(), Map.of(), 0);

        assertThatThrownBy(() -> inTransaction(() -> users().save(impostor)))
                .isInstanceOf(SubjectAlreadyRegistered.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.already-registered");
        assertThat(read(() -> users().find(impostor.id()))).isEmpty();
        assertThat(read(() -> users().getBySubject(user.subject())).id()).isEqualTo(user.id());
    }

    @Test
    void the_coordinators_of_an_ern_are_listed_in_registration_order() {
        var ern = Ern.TRANSPLANT_CHILD;
        var centre = ProviderId.random();
        var first = saved(Set.of(RoleGrant.coordinator(ern, centre), RoleGrant.healthProfessional(Ern.EYE, centre)));
        saved(Set.of(RoleGrant.healthProfessional(ern, centre), RoleGrant.dispatcher(ern, centre),
                RoleGrant.panelManager(ern, centre)));
        saved(Set.of(RoleGrant.coordinator(Ern.EYE, centre), RoleGrant.researcher(ern), RoleGrant.auditor(ern)));
        var second = saved(Set.of(RoleGrant.coordinator(ern, ProviderId.random()), RoleGrant.coordinator(ern, centre)));
        var third = saved(Set.of(RoleGrant.coordinator(ern, centre)));

        var coordinators = read(() -> users().coordinatorsOf(ern));

        assertThat(coordinators).extracting(User::id).containsExactly(first.id(), second.id(), third.id());
        assertThat(coordinators.get(1).grants()).hasSize(2);
        assertThat(coordinators.get(0).version()).isZero();
    }

    @Test
    void the_health_professionals_of_an_ern_are_those_acting_as_one_in_it_in_registration_order() {
        var ern = Ern.EPICARE;
        var centre = ProviderId.random();
        var hp = saved(Set.of(RoleGrant.healthProfessional(ern, centre)));
        var elsewhere = saved(Set.of(RoleGrant.healthProfessional(Ern.EYE, centre), RoleGrant.panelManager(ern, centre),
                RoleGrant.researcher(ern)));
        var dispatcher = saved(Set.of(RoleGrant.dispatcher(ern, centre)));

        var experts = read(() -> users().healthProfessionalsOf(ern)).stream().map(User::id).toList();

        assertThat(experts).containsSubsequence(hp.id(), dispatcher.id()).doesNotContain(elsewhere.id());
    }

    @Test
    void a_user_who_lost_the_coordinator_role_is_no_longer_listed() {
        var ern = Ern.GUARD_HEART;
        var grant = RoleGrant.coordinator(ern, ProviderId.random());
        var user = saved(Set.of(grant));
        var found = read(() -> users().get(user.id()));
        found.revoke(grant, coordinatorOf(ern), NOW);
        inTransaction(() -> users().save(found));

        assertThat(read(() -> users().coordinatorsOf(ern))).isEmpty();
    }

    @Test
    void an_ern_without_coordinators_has_an_empty_list() {
        saved(Set.of(RoleGrant.healthProfessional(Ern.METABERN, ProviderId.random())));
        assertThat(read(() -> users().coordinatorsOf(Ern.METABERN))).isEmpty();
    }
}
