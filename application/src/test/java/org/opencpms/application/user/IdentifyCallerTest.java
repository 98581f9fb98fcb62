package org.opencpms.application.user;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;

class IdentifyCallerTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final IdentifyCaller identify = new IdentifyCaller(world.users, world.operators);

    @Test
    void a_known_subject_is_identified_with_the_grants_held_now() {
        var centre = world.centre(PeopleFixtures.ERN);
        var hp = world.hp(centre);

        var caller = identify.handle(new IdentifyCaller.Query(world.stored(hp.id()).subject()));

        assertThat(caller).hasValueSatisfying(signedIn -> {
            assertThat(signedIn.user()).isEqualTo(hp.id());
            assertThat(signedIn.grants()).containsExactly(RoleGrant.healthProfessional(PeopleFixtures.ERN, centre));
        });
    }

    @Test
    void an_unknown_subject_is_a_newcomer() {
        assertThat(identify.handle(new IdentifyCaller.Query(new Subject("https://login.example.eu", "nobody"))))
                .isEmpty();
    }

    @Test
    void a_configured_operator_is_identified_with_the_operator_capability_alone_and_a_stable_id() {
        var first = identify.handle(new IdentifyCaller.Query(PeopleFixtures.OPERATOR)).orElseThrow();
        var again = new IdentifyCaller(world.users, PlatformOperators.of(PeopleFixtures.OPERATOR))
                .handle(new IdentifyCaller.Query(PeopleFixtures.OPERATOR)).orElseThrow();

        assertThat(first.asActor().isOperator()).isTrue();
        assertThat(first.grants()).containsExactly(RoleGrant.operator());
        assertThat(again.user()).isEqualTo(first.user());
        assertThat(world.users.find(first.user())).isEmpty();
    }

    @Test
    void identifying_a_caller_writes_nothing_to_the_audit_trail() {
        var hp = world.hp(world.centre(PeopleFixtures.ERN));
        var before = world.audit().size();

        identify.handle(new IdentifyCaller.Query(world.stored(hp.id()).subject()));

        assertThat(world.audit()).hasSize(before);
    }
}
