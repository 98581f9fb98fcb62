package org.opencpms.adapters.rest.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.adapters.rest.problem.ProblemException;
import org.opencpms.application.reference.ProviderSummary;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.DiseaseGroup;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class ReferenceMappingTest {

    private static final ProviderId CENTRE = ProviderId.random();
    private static final Actor COORDINATOR = Actor.of(UserId.random(), RoleGrant.coordinator(Ern.ERKNET, CENTRE));

    @Test
    void a_provider_summary_becomes_its_json() {
        var summary = new ProviderSummary(CENTRE, "Charité", Country.of("DE"),
                Map.of(Ern.ERKNET, MembershipType.FULL_MEMBER, Ern.BOND, MembershipType.AFFILIATED_PARTNER));

        assertThat(ProviderJson.of(summary)).isEqualTo(new ProviderJson(CENTRE.value().toString(), "Charité", "DE",
                Map.of("BOND", "AFFILIATED_PARTNER", "ERKNET", "FULL_MEMBER")));
    }

    @Test
    void a_registration_becomes_the_command() {
        var command = new RegisterProviderRequest("Charité", "de").toCommand();

        assertThat(command.name()).isEqualTo("Charité");
        assertThat(command.country()).isEqualTo(Country.of("DE"));
        assertThatThrownBy(() -> new RegisterProviderRequest("x", "US").toCommand())
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("country.invalid"));
    }

    @Test
    void a_membership_joins_changes_or_leaves() {
        var join = new MembershipRequest("ERKNet", "full_member").toCommand(COORDINATOR, CENTRE, 2L);
        var leave = new MembershipRequest("ERKNET", "NONE").toCommand(COORDINATOR, CENTRE, null);

        assertThat(join.actor()).isEqualTo(COORDINATOR);
        assertThat(join.provider()).isEqualTo(CENTRE);
        assertThat(join.ern()).isEqualTo(Ern.ERKNET);
        assertThat(join.type()).isEqualTo(MembershipType.FULL_MEMBER);
        assertThat(join.expectedVersion()).isEqualTo(2L);
        assertThat(leave.type()).as("leaving").isNull();
        assertThatThrownBy(() -> new MembershipRequest("ERKNET", "GOLD").toCommand(COORDINATOR, CENTRE, null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("type.invalid"));
    }

    @Test
    void networks_and_disease_groups_become_their_commands() {
        assertThat(new EstablishNetworkRequest("EpiCARE").toCommand().ern()).isEqualTo(Ern.EPICARE);

        var command = new DiseaseGroupRequest("TG1", "Immunological kidney disorders").toCommand(COORDINATOR, Ern.ERKNET);

        assertThat(command.actor()).isEqualTo(COORDINATOR);
        assertThat(command.ern()).isEqualTo(Ern.ERKNET);
        assertThat(command.group()).isEqualTo(new DiseaseGroup("TG1", "Immunological kidney disorders"));
        assertThatThrownBy(() -> new DiseaseGroupRequest("TG 1", "x").toCommand(COORDINATOR, Ern.ERKNET))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.code()).isEqualTo("disease-group-code.invalid"));
    }

    @Test
    void only_coordinators_create_reference_data_over_http() {
        var hp = Actor.of(UserId.random(), RoleGrant.healthProfessional(Ern.ERKNET, CENTRE));

        assertThatCode(() -> ReferenceDataGuard.requireMayCreateReferenceData(COORDINATOR)).doesNotThrowAnyException();
        assertThatThrownBy(() -> ReferenceDataGuard.requireMayCreateReferenceData(hp))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.code()).isEqualTo("reference.forbidden");
                });
    }
}
