package org.opencpms.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;
import org.opencpms.domain.user.UserNotFound;

class SignInTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final SignIn signIn = new SignIn(world.users, world.operators, world.auditing);

    @Test
    void a_known_subject_signs_in_with_the_grants_held_now() {
        var centre = world.centre(PeopleFixtures.ERN);
        var hp = world.hp(centre);
        var subject = world.stored(hp.id()).subject();

        var signedIn = signIn.handle(new SignIn.Command(subject));

        assertThat(signedIn.user()).isEqualTo(hp.id());
        assertThat(signedIn.grants()).containsExactly(RoleGrant.healthProfessional(PeopleFixtures.ERN, centre));
        assertThat(signedIn.asActor()).isEqualTo(hp);
    }

    @Test
    void every_sign_in_is_audited_as_a_login() {
        var hp = world.hp(world.centre(PeopleFixtures.ERN));

        signIn.handle(new SignIn.Command(world.stored(hp.id()).subject()));

        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.LOGIN);
        assertThat(entry.actor()).isEqualTo(hp.id());
        assertThat(entry.resourceType()).isEqualTo("User");
        assertThat(entry.resourceId()).isEqualTo(hp.id().toString());
    }

    @Test
    void a_configured_operator_signs_in_as_an_operator_and_is_audited() {
        var signedIn = signIn.handle(new SignIn.Command(PeopleFixtures.OPERATOR));

        assertThat(signedIn.asActor().isOperator()).isTrue();
        assertThat(world.lastAudit().action()).isEqualTo(AuditAction.LOGIN);
        assertThat(world.lastAudit().actor()).isEqualTo(signedIn.user());
    }

    @Test
    void an_unknown_subject_is_not_found_and_nothing_is_audited() {
        assertThatThrownBy(() -> signIn.handle(new SignIn.Command(new Subject("https://login.example.eu", "nobody"))))
                .isInstanceOf(UserNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("user.not-found");
        assertThat(world.audit()).isEmpty();
    }
}
