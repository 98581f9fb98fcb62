package org.opencpms.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.user.EmailAddress;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.SubjectAlreadyRegistered;
import org.opencpms.domain.user.UserRegistered;

class RegisterUserTest {

    private static final Subject SUBJECT = new Subject("https://ecas.ec.europa.eu", "n00abcde");

    private final PeopleFixtures world = new PeopleFixtures();
    private final RegisterUser registerUser = new RegisterUser(world.users, world.events, world.auditing, world.clock);

    private RegisterUser.Command command() {
        return new RegisterUser.Command(SUBJECT, "Dr Maria Rossi", EmailAddress.of("maria.rossi@example.it"),
                Country.of("IT"));
    }

    @Test
    void a_first_sign_in_creates_a_user_with_no_grants() {
        var signedIn = registerUser.handle(command());

        var user = world.users.findBySubject(SUBJECT).orElseThrow();
        assertThat(signedIn.user()).isEqualTo(user.id());
        assertThat(signedIn.grants()).isEmpty();
        assertThat(signedIn.asActor().isNewcomer()).isTrue();
        assertThat(user.displayName()).isEqualTo("Dr Maria Rossi");
        assertThat(user.email()).isEqualTo(EmailAddress.of("maria.rossi@example.it"));
        assertThat(user.country()).isEqualTo(Country.of("IT"));
        assertThat(user.grants()).isEmpty();
    }

    @Test
    void the_registration_is_published_and_audited_as_a_login() {
        var signedIn = registerUser.handle(command());

        assertThat(world.events.published(UserRegistered.class)).singleElement()
                .satisfies(e -> {
                    assertThat(e.user()).isEqualTo(signedIn.user());
                    assertThat(e.occurredAt()).isEqualTo(PeopleFixtures.NOW);
                });
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.LOGIN);
        assertThat(entry.actor()).isEqualTo(signedIn.user());
        assertThat(entry.resourceType()).isEqualTo("User");
        assertThat(entry.resourceId()).isEqualTo(signedIn.user().toString());
        assertThat(entry.patient()).isNull();
        assertThat(entry.at()).isEqualTo(PeopleFixtures.NOW);
    }

    @Test
    void a_subject_is_registered_once() {
        registerUser.handle(command());
        int audited = world.audit().size();

        assertThatThrownBy(() -> registerUser.handle(command()))
                .isInstanceOf(SubjectAlreadyRegistered.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.already-registered");
        assertThat(world.audit()).hasSize(audited);
        assertThat(world.events.published(UserRegistered.class)).hasSize(1);
    }
}
