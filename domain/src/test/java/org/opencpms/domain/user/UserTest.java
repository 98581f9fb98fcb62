package org.opencpms.domain.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.Conflict;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;

class UserTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final UserId ID = UserId.random();
    private static final Subject SUBJECT = new Subject("https://ecas.ec.europa.eu/cas/oauth2", "n00abcde");
    private static final EmailAddress EMAIL = EmailAddress.of("anna.rossi@policlinico.mi.it");
    private static final Country ITALY = Country.of("IT");
    private static final ProviderId CENTRE = ProviderId.random();
    private static final Actor EYE_COORDINATOR = Actor.of(UserId.random(), RoleGrant.coordinator(Ern.EYE, CENTRE));

    private static final Optional<User> NOBODY = Optional.empty();

    private static User registered() {
        var user = User.register(ID, SUBJECT, "Anna Rossi", EMAIL, ITALY, NOW);
        user.pullEvents();
        return user;
    }

    /** Another stored user holding the grants given. */
    private static User colleague(RoleGrant... grants) {
        return User.restore(UserId.random(), new Subject("https://ecas.ec.europa.eu/cas/oauth2", "n00colleague"),
                "Colleague", EmailAddress.of("colleague@policlinico.mi.it"), ITALY, Set.of(grants), Map.of(), 1);
    }

    private static User hpAt(ProviderId centre) {
        return colleague(RoleGrant.healthProfessional(Ern.EYE, centre));
    }

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("no domain exception");
    }

    @Test
    void a_registered_user_has_no_grants_and_the_default_channels() {
        var user = User.register(ID, SUBJECT, " Anna Rossi ", EMAIL, ITALY, NOW);

        assertThat(user.id()).isEqualTo(ID);
        assertThat(user.subject()).isEqualTo(SUBJECT);
        assertThat(user.displayName()).isEqualTo("Anna Rossi");
        assertThat(user.email()).isEqualTo(EMAIL);
        assertThat(user.country()).isEqualTo(ITALY);
        assertThat(user.grants()).isEmpty();
        assertThat(user.asActor()).isEqualTo(Actor.of(ID));
        assertThat(user.asActor().isNewcomer()).isTrue();
        assertThat(user.version()).isZero();
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(user.channelFor(kind)).as(kind.name()).isEqualTo(kind.defaultChannel());
        }
        assertThat(user.notificationPreferences()).hasSize(NotificationKind.values().length);
        assertThat(user.pullEvents()).containsExactly(new UserRegistered(ID, ITALY, NOW));
    }

    @Test
    void a_display_name_is_not_blank_and_at_most_200_characters() {
        assertThat(User.register(ID, SUBJECT, "n".repeat(200), EMAIL, ITALY, NOW).displayName()).hasSize(200);
        assertThat(codeOf(() -> User.register(ID, SUBJECT, "n".repeat(201), EMAIL, ITALY, NOW))).isEqualTo("display-name.invalid");
        assertThat(codeOf(() -> User.register(ID, SUBJECT, "  ", EMAIL, ITALY, NOW))).isEqualTo("display-name.invalid");
        assertThat(codeOf(() -> User.register(ID, SUBJECT, "Anna", null, ITALY, NOW))).isEqualTo("email.invalid");
        assertThat(codeOf(() -> User.register(ID, SUBJECT, "Anna", EMAIL, null, NOW))).isEqualTo("country.invalid");
        assertThat(codeOf(() -> User.register(ID, null, "Anna", EMAIL, ITALY, NOW))).isEqualTo("oidc-subject.invalid");
    }

    @Test
    void a_coordinator_of_the_ern_grants_a_role_in_it() {
        var user = registered();
        var grant = RoleGrant.healthProfessional(Ern.EYE, CENTRE);

        user.grant(grant, EYE_COORDINATOR, NOBODY, NOW);

        assertThat(user.grants()).containsExactly(grant);
        assertThat(user.holds(grant)).isTrue();
        assertThat(user.holds(RoleGrant.healthProfessional(Ern.RND, CENTRE))).isFalse();
        assertThat(user.asActor().isHealthProfessionalAt(CENTRE)).isTrue();
        assertThat(user.pullEvents()).containsExactly(new RoleGranted(ID, grant, EYE_COORDINATOR.id(), NOW));
    }

    @Test
    void nobody_else_grants_a_role_in_an_ern() {
        var user = registered();
        var rndCoordinator = Actor.of(UserId.random(), RoleGrant.coordinator(Ern.RND, CENTRE));

        assertThatThrownBy(() -> user.grant(RoleGrant.healthProfessional(Ern.EYE, CENTRE), rndCoordinator, NOBODY, NOW))
                .isInstanceOf(GrantForbidden.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.grant-forbidden");
        assertThat(user.grants()).isEmpty();
        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void granting_a_grant_already_held_changes_nothing() {
        var grant = RoleGrant.healthProfessional(Ern.EYE, CENTRE);
        var user = User.restore(ID, SUBJECT, "Anna", EMAIL, ITALY, Set.of(grant), Map.of(), 2);

        user.grant(grant, EYE_COORDINATOR, NOBODY, NOW);

        assertThat(user.grants()).containsExactly(grant);
        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void a_coordinator_revokes_a_role_in_their_ern() {
        var kept = RoleGrant.researcher(Ern.EYE);
        var revoked = RoleGrant.healthProfessional(Ern.EYE, CENTRE);
        var user = User.restore(ID, SUBJECT, "Anna", EMAIL, ITALY, Set.of(kept, revoked), Map.of(), 2);

        user.revoke(revoked, EYE_COORDINATOR, NOW);

        assertThat(user.grants()).containsExactly(kept);
        assertThat(user.pullEvents()).containsExactly(new RoleRevoked(ID, revoked, EYE_COORDINATOR.id(), NOW));
    }

    @Test
    void revoking_a_grant_not_held_changes_nothing() {
        var user = registered();

        user.revoke(RoleGrant.healthProfessional(Ern.EYE, CENTRE), EYE_COORDINATOR, NOW);

        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void nobody_else_revokes_a_role_in_an_ern() {
        var grant = RoleGrant.healthProfessional(Ern.EYE, CENTRE);
        var user = User.restore(ID, SUBJECT, "Anna", EMAIL, ITALY, Set.of(grant), Map.of(), 2);
        var self = user.asActor();

        assertThat(codeOf(() -> user.revoke(grant, self, NOW))).isEqualTo("user.grant-forbidden");
        assertThat(user.grants()).containsExactly(grant);
        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void a_centre_assistant_acts_for_a_health_professional_coordinator_or_dispatcher_of_that_centre() {
        for (User hp : new User[] {hpAt(CENTRE), colleague(RoleGrant.coordinator(Ern.RND, CENTRE)),
                colleague(RoleGrant.dispatcher(Ern.RND, CENTRE))}) {
            var user = registered();
            var grant = RoleGrant.centreAssistant(CENTRE, hp.id());

            user.grant(grant, EYE_COORDINATOR, Optional.of(hp), NOW);

            assertThat(user.grants()).containsExactly(grant);
            assertThat(user.asActor().isAssistantOf(hp.id(), CENTRE)).isTrue();
            assertThat(user.pullEvents()).containsExactly(new RoleGranted(ID, grant, EYE_COORDINATOR.id(), NOW));
        }
    }

    @Test
    void a_centre_assistant_never_acts_for_anyone_but_a_health_professional_of_that_centre() {
        var user = registered();
        var hpElsewhere = hpAt(ProviderId.random());
        var panelManager = colleague(RoleGrant.panelManager(Ern.EYE, CENTRE));
        var assistant = colleague(RoleGrant.centreAssistant(CENTRE, UserId.random()));
        var unknown = UserId.random();

        assertThatThrownBy(() -> user.grant(RoleGrant.centreAssistant(CENTRE, unknown), EYE_COORDINATOR, NOBODY, NOW))
                .isInstanceOf(ActingForNotHealthProfessional.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.acting-for-not-hp");
        for (User notAnHpHere : new User[] {hpElsewhere, panelManager, assistant}) {
            assertThat(codeOf(() -> user.grant(RoleGrant.centreAssistant(CENTRE, notAnHpHere.id()), EYE_COORDINATOR,
                    Optional.of(notAnHpHere), NOW))).isEqualTo("user.acting-for-not-hp");
        }
        assertThat(user.grants()).isEmpty();
        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void the_health_professional_given_must_be_the_one_the_assistant_grant_names() {
        var user = registered();
        var named = hpAt(CENTRE);
        var someoneElse = hpAt(CENTRE);

        assertThat(codeOf(() -> user.grant(RoleGrant.centreAssistant(CENTRE, named.id()), EYE_COORDINATOR,
                Optional.of(someoneElse), NOW))).isEqualTo("user.acting-for-not-hp");
        assertThat(user.grants()).isEmpty();
    }

    @Test
    void who_may_give_a_grant_is_checked_before_whom_it_names() {
        var user = registered();
        var hp = Actor.of(UserId.random(), RoleGrant.healthProfessional(Ern.EYE, CENTRE));

        assertThat(codeOf(() -> user.grant(RoleGrant.centreAssistant(CENTRE, UserId.random()), hp, NOBODY, NOW)))
                .isEqualTo("user.grant-forbidden");
    }

    @Test
    void grants_naming_nobody_ignore_the_user_given_but_not_its_absence() {
        var user = registered();
        var grant = RoleGrant.researcher(Ern.EYE);

        assertThat(codeOf(() -> user.grant(grant, EYE_COORDINATOR, null, NOW))).isEqualTo("acting-for.invalid");
        user.grant(grant, EYE_COORDINATOR, Optional.of(colleague()), NOW);

        assertThat(user.grants()).containsExactly(grant);
    }

    @Test
    void a_centre_assistant_never_acts_for_themselves() {
        var user = User.restore(ID, SUBJECT, "Anna", EMAIL, ITALY, Set.of(RoleGrant.healthProfessional(Ern.EYE, CENTRE)),
                Map.of(), 1);

        assertThatThrownBy(() -> user.grant(RoleGrant.centreAssistant(CENTRE, ID), EYE_COORDINATOR, Optional.of(user), NOW))
                .isInstanceOf(IllegalGrant.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.assistant-for-self");
        assertThat(user.grants()).hasSize(1);
        var hp = hpAt(CENTRE);
        user.grant(RoleGrant.centreAssistant(CENTRE, hp.id()), EYE_COORDINATOR, Optional.of(hp), NOW);
        assertThat(user.grants()).hasSize(2);
    }

    @Test
    void a_centre_assistant_is_never_a_guest_expert() {
        var hpUser = hpAt(CENTRE);
        var hp = hpUser.asActor();
        var assistant = User.restore(ID, SUBJECT, "Anna", EMAIL, ITALY,
                Set.of(RoleGrant.centreAssistant(CENTRE, UserId.random())), Map.of(), 1);
        var guest = User.restore(ID, SUBJECT, "Anna", EMAIL, ITALY,
                Set.of(RoleGrant.guestExpert(PanelId.random())), Map.of(), 1);

        assertThatThrownBy(() -> assistant.grant(RoleGrant.guestExpert(PanelId.random()), hp, NOBODY, NOW))
                .isInstanceOf(IllegalGrant.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.assistant-and-guest");
        assertThat(codeOf(() -> guest.grant(RoleGrant.centreAssistant(CENTRE, hpUser.id()), EYE_COORDINATOR,
                Optional.of(hpUser), NOW))).isEqualTo("user.assistant-and-guest");
        assertThat(assistant.grants()).hasSize(1);
        assertThat(guest.grants()).hasSize(1);
    }

    @Test
    void a_guest_may_be_a_guest_on_several_panels_and_an_assistant_act_for_several_professionals() {
        var hp = Actor.of(UserId.random(), RoleGrant.healthProfessional(Ern.EYE, CENTRE));
        var guest = registered();
        guest.grant(RoleGrant.guestExpert(PanelId.random()), hp, NOBODY, NOW);
        guest.grant(RoleGrant.guestExpert(PanelId.random()), hp, NOBODY, NOW);
        var assistant = User.restore(UserId.random(), SUBJECT, "Anna", EMAIL, ITALY, Set.of(), Map.of(), 1);
        for (User assisted : new User[] {hpAt(CENTRE), hpAt(CENTRE)}) {
            assistant.grant(RoleGrant.centreAssistant(CENTRE, assisted.id()), EYE_COORDINATOR, Optional.of(assisted), NOW);
        }

        assertThat(guest.grants()).hasSize(2);
        assertThat(assistant.grants()).hasSize(2);
    }

    @Test
    void users_choose_their_own_notification_channels() {
        var user = registered();

        user.choose(NotificationKind.COMMENT, NotificationChannel.NONE, user.asActor(), NOW);

        assertThat(user.channelFor(NotificationKind.COMMENT)).isEqualTo(NotificationChannel.NONE);
        assertThat(user.channelFor(NotificationKind.INVITATION)).isEqualTo(NotificationChannel.BOTH);
        assertThat(user.notificationPreferences()).containsEntry(NotificationKind.COMMENT, NotificationChannel.NONE);
        assertThat(user.pullEvents()).containsExactly(
                new NotificationPreferenceChosen(ID, NotificationKind.COMMENT, NotificationChannel.NONE, NOW));
    }

    @Test
    void nobody_chooses_channels_for_someone_else() {
        var user = registered();

        assertThatThrownBy(() -> user.choose(NotificationKind.COMMENT, NotificationChannel.NONE, EYE_COORDINATOR, NOW))
                .isInstanceOf(NotOwnAccount.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.not-own-account");
        assertThat(user.channelFor(NotificationKind.COMMENT)).isEqualTo(NotificationChannel.IN_APP);
        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void users_update_their_own_profile() {
        var user = registered();
        var newEmail = EmailAddress.of("a.rossi@hse.ie");

        user.updateProfile(" Anna M. Rossi ", newEmail, Country.of("IE"), Language.FR, user.asActor(), NOW);

        assertThat(user.displayName()).isEqualTo("Anna M. Rossi");
        assertThat(user.email()).isEqualTo(newEmail);
        assertThat(user.country()).isEqualTo(Country.of("IE"));
        assertThat(user.language()).isEqualTo(Language.FR);
        assertThat(user.pullEvents()).containsExactly(new UserProfileUpdated(ID, Country.of("IE"), NOW));
    }

    @Test
    void nobody_updates_someone_elses_profile() {
        var user = registered();

        assertThat(codeOf(() -> user.updateProfile("X", EMAIL, ITALY, Language.EN, EYE_COORDINATOR, NOW))).isEqualTo("user.not-own-account");
        assertThat(user.displayName()).isEqualTo("Anna Rossi");
        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void a_restored_user_has_its_stored_state_with_defaults_for_kinds_never_chosen() {
        var grant = RoleGrant.researcher(Ern.EYE);
        var stored = new EnumMap<NotificationKind, NotificationChannel>(NotificationKind.class);
        stored.put(NotificationKind.MEETING, NotificationChannel.EMAIL);

        var user = User.restore(ID, SUBJECT, "Anna", EMAIL, ITALY, Set.of(grant), stored, 9);

        assertThat(user.id()).isEqualTo(ID);
        assertThat(user.subject()).isEqualTo(SUBJECT);
        assertThat(user.displayName()).isEqualTo("Anna");
        assertThat(user.email()).isEqualTo(EMAIL);
        assertThat(user.country()).isEqualTo(ITALY);
        assertThat(user.grants()).containsExactly(grant);
        assertThat(user.asActor()).isEqualTo(Actor.of(ID, grant));
        assertThat(user.channelFor(NotificationKind.MEETING)).isEqualTo(NotificationChannel.EMAIL);
        assertThat(user.channelFor(NotificationKind.COMMENT)).isEqualTo(NotificationChannel.IN_APP);
        assertThat(user.version()).isEqualTo(9);
        assertThat(user.pullEvents()).isEmpty();
    }

    @Test
    void grants_and_preferences_cannot_be_changed_from_outside() {
        var user = registered();

        assertThatThrownBy(() -> user.grants().add(RoleGrant.researcher(Ern.EYE)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> user.notificationPreferences().put(NotificationKind.COMMENT, NotificationChannel.NONE))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void getting_an_unknown_user_or_subject_fails_with_not_found() {
        var known = registered();
        Users users = new Users() {
            public Optional<User> find(UserId id) {
                return id.equals(ID) ? Optional.of(known) : Optional.empty();
            }

            public Optional<User> findBySubject(Subject subject) {
                return subject.equals(SUBJECT) ? Optional.of(known) : Optional.empty();
            }

            public List<User> coordinatorsOf(Ern ern) {
                return List.of();
            }

            public List<User> healthProfessionalsOf(Ern ern) {
                return List.of();
            }

            public void save(User user) {
            }
        };

        assertThat(users.get(ID)).isSameAs(known);
        assertThat(users.getBySubject(SUBJECT)).isSameAs(known);
        assertThatThrownBy(() -> users.get(UserId.random()))
                .isInstanceOf(UserNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.not-found");
        assertThatThrownBy(() -> users.getBySubject(new Subject(SUBJECT.issuer(), "n00other")))
                .isInstanceOf(UserNotFound.class)
                .hasMessageContaining(SUBJECT.issuer())
                .hasMessageNotContaining("n00other")
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.not-found");
    }

    @Test
    void a_subject_registered_twice_is_a_conflict() {
        assertThat(new SubjectAlreadyRegistered()).isInstanceOf(Conflict.class)
                .extracting(DomainException::code).isEqualTo("user.already-registered");
    }

    @Test
    void nobody_holds_the_operator_capability_as_a_grant() {
        assertThat(codeOf(() -> colleague(RoleGrant.operator()))).isEqualTo("user.operator-not-granted");
        assertThat(codeOf(() -> registered().grant(RoleGrant.operator(), Actor.operator(UserId.random()), NOBODY, NOW)))
                .isEqualTo("user.grant-forbidden");
    }

    @Test
    void an_operator_relieves_a_coordinator_of_every_coordinator_grant_in_the_ern() {
        var operator = Actor.operator(UserId.random());
        var otherCentre = ProviderId.random();
        var user = colleague(RoleGrant.coordinator(Ern.EYE, CENTRE), RoleGrant.coordinator(Ern.EYE, otherCentre),
                RoleGrant.coordinator(Ern.ERKNET, CENTRE));

        user.relieveAsCoordinator(Ern.EYE, operator, NOW);

        assertThat(user.grants()).containsExactly(RoleGrant.coordinator(Ern.ERKNET, CENTRE));
        assertThat(user.pullEvents()).hasSize(2).allMatch(RoleRevoked.class::isInstance);
        assertThat(codeOf(() -> user.relieveAsCoordinator(Ern.EYE, operator, NOW))).isEqualTo("user.not-coordinator");
        assertThat(codeOf(() -> user.relieveAsCoordinator(Ern.ERKNET, EYE_COORDINATOR, NOW)))
                .isEqualTo("user.grant-forbidden");
    }
}
