package org.opencpms.application.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.user.DelegationForbidden;
import org.opencpms.domain.user.RoleGrant;
import org.opencpms.domain.user.Subject;

class AuthenticateCallerTest {

    private static final String ISSUER = "https://login.example.eu";

    private final PeopleFixtures world = new PeopleFixtures();
    private final Centres centres = new Centres(world.centre(PeopleFixtures.ERN), world.centre(PeopleFixtures.OTHER_ERN));
    private final Map<String, VerifiedToken> issued = new java.util.HashMap<>();
    private final BearerTokens tokens = new BearerTokens() {
        @Override
        public VerifiedToken verify(String authorization) {
            var token = authorization == null ? null : issued.get(authorization);
            if (token == null) {
                throw new TokenRejected("auth.invalid-token", "unknown test token");
            }
            return token;
        }

        @Override
        public Optional<TrainingTokens> training() {
            return Optional.empty();
        }
    };
    private final AuthenticateCaller authenticate = new AuthenticateCaller(tokens,
            MachineClients.parse("his-berlin|" + centres.home().value()),
            new IdentifyCaller(world.users, world.operators), RecentCallers.none(),
            new SignIn(world.users, world.operators, world.auditing), new SignInLedger(), world.users, world.clock);

    private record Centres(org.opencpms.domain.shared.ProviderId home, org.opencpms.domain.shared.ProviderId other) {
    }

    private String token(String name, String subject, String client, String actingFor) {
        issued.put(name, new VerifiedToken(new Subject(ISSUER, subject), null, null, name,
                PeopleFixtures.NOW.plusSeconds(3600), client, actingFor));
        return name;
    }

    @Test
    void a_person_is_identified_and_signs_in_once_per_token() {
        var hp = world.hp(centres.home());
        var header = token("t1", world.stored(hp.id()).subject().subject(), "opencpms-web", null);

        var first = authenticate.handle(new AuthenticateCaller.Command(header));
        authenticate.handle(new AuthenticateCaller.Command(header));

        assertThat(first.actor()).hasValueSatisfying(actor -> assertThat(actor.id()).isEqualTo(hp.id()));
        assertThat(world.audit()).filteredOn(e -> e.action() == AuditAction.LOGIN).hasSize(1);
    }

    @Test
    void an_unknown_person_has_no_actor() {
        assertThat(authenticate.handle(new AuthenticateCaller.Command(token("t", "nobody", null, null))).actor())
                .isEmpty();
    }

    @Test
    void a_registered_machine_client_acts_for_the_named_professional_with_their_grants_at_its_centre_only() {
        var hp = world.person(RoleGrant.healthProfessional(PeopleFixtures.ERN, centres.home()),
                RoleGrant.healthProfessional(PeopleFixtures.OTHER_ERN, centres.other()));
        var header = token("m1", "service-account-his", "his-berlin", world.stored(hp.id()).subject().subject());

        var actor = authenticate.handle(new AuthenticateCaller.Command(header)).actor().orElseThrow();

        assertThat(actor.id()).isEqualTo(hp.id());
        assertThat(actor.grants()).containsExactly(RoleGrant.healthProfessional(PeopleFixtures.ERN, centres.home()));
        assertThat(world.lastAudit().action()).isEqualTo(AuditAction.LOGIN);
        assertThat(world.lastAudit().purpose()).isEqualTo("sign-in by machine client his-berlin");
    }

    @Test
    void a_machine_client_may_not_act_for_a_professional_of_another_centre_nor_for_someone_unknown() {
        var elsewhere = world.hp(centres.other());

        assertThatThrownBy(() -> authenticate.handle(new AuthenticateCaller.Command(
                token("m2", "svc", "his-berlin", world.stored(elsewhere.id()).subject().subject()))))
                .isInstanceOf(DelegationForbidden.class);
        assertThatThrownBy(() -> authenticate.handle(new AuthenticateCaller.Command(
                token("m3", "svc", "his-berlin", "nobody"))))
                .isInstanceOf(DelegationForbidden.class);
    }

    @Test
    void a_machine_client_must_name_whom_it_acts_for_and_an_unregistered_one_may_name_nobody() {
        var hp = world.hp(centres.home());

        assertThatThrownBy(() -> authenticate.handle(new AuthenticateCaller.Command(token("m4", "svc", "his-berlin", null))))
                .isInstanceOf(TokenRejected.class).extracting(e -> ((TokenRejected) e).code())
                .isEqualTo("auth.acting-for-missing");
        assertThatThrownBy(() -> authenticate.handle(new AuthenticateCaller.Command(
                token("m5", "svc", "his-unknown", world.stored(hp.id()).subject().subject()))))
                .isInstanceOf(TokenRejected.class).extracting(e -> ((TokenRejected) e).code())
                .isEqualTo("auth.client-not-registered");
    }

    @Test
    void machine_clients_are_registered_as_client_and_centre_pairs() {
        var clients = MachineClients.parse(" a|" + centres.home().value() + " , b|" + centres.other().value());

        assertThat(clients.centreOf("a")).contains(centres.home());
        assertThat(clients.centreOf("c")).isEmpty();
        assertThatThrownBy(() -> MachineClients.parse("a|not-a-centre")).hasMessageContaining("not a centre id");
        assertThatThrownBy(() -> MachineClients.parse("a")).hasMessageContaining("expected client-id|centre-id");
    }
}
