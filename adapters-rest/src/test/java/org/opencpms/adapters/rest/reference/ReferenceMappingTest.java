package org.opencpms.adapters.rest.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.application.reference.ProviderSummary;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.DiseaseGroup;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Subject;

class ReferenceMappingTest {

    private static final ProviderId CENTRE = ProviderId.random();
    private static final Actor OPERATOR = Actor.operator(UserId.random());

    @Test
    void a_provider_summary_becomes_its_json() {
        var summary = new ProviderSummary(CENTRE, "Charité", Country.of("DE"),
                Map.of(Ern.ERKNET, MembershipType.FULL_MEMBER, Ern.BOND, MembershipType.AFFILIATED_PARTNER));

        assertThat(ProviderJson.of(summary)).isEqualTo(new ProviderJson(CENTRE.value().toString(), "Charité", "DE",
                Map.of("BOND", "AFFILIATED_PARTNER", "ERKNET", "FULL_MEMBER")));
    }

    @Test
    void a_registration_becomes_the_command() {
        var command = new RegisterProviderRequest("Charité", "de").toCommand(OPERATOR);

        assertThat(command.actor()).isEqualTo(OPERATOR);
        assertThat(command.name()).isEqualTo("Charité");
        assertThat(command.country()).isEqualTo(Country.of("DE"));
        assertThatThrownBy(() -> new RegisterProviderRequest("x", "US").toCommand(OPERATOR))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("country.invalid"));
    }

    @Test
    void a_membership_joins_changes_or_leaves() {
        var join = new MembershipRequest("ERKNet", "full_member").toCommand(OPERATOR, CENTRE, 2L);
        var leave = new MembershipRequest("ERKNET", "NONE").toCommand(OPERATOR, CENTRE, null);

        assertThat(join.actor()).isEqualTo(OPERATOR);
        assertThat(join.provider()).isEqualTo(CENTRE);
        assertThat(join.ern()).isEqualTo(Ern.ERKNET);
        assertThat(join.type()).isEqualTo(MembershipType.FULL_MEMBER);
        assertThat(join.expectedVersion()).isEqualTo(2L);
        assertThat(leave.type()).as("leaving").isNull();
        assertThatThrownBy(() -> new MembershipRequest("ERKNET", "GOLD").toCommand(OPERATOR, CENTRE, null))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("type.invalid"));
    }

    @Test
    void networks_and_disease_groups_become_their_commands() {
        assertThat(new EstablishNetworkRequest("EpiCARE").toCommand(OPERATOR).ern()).isEqualTo(Ern.EPICARE);

        var command = new DiseaseGroupRequest("TG1", "Immunological kidney disorders").toCommand(OPERATOR, Ern.ERKNET);

        assertThat(command.actor()).isEqualTo(OPERATOR);
        assertThat(command.ern()).isEqualTo(Ern.ERKNET);
        assertThat(command.group()).isEqualTo(new DiseaseGroup("TG1", "Immunological kidney disorders"));
        assertThatThrownBy(() -> new DiseaseGroupRequest("TG 1", "x").toCommand(OPERATOR, Ern.ERKNET))
                .isInstanceOfSatisfying(InvalidValue.class,
                        e -> assertThat(e.code()).isEqualTo("disease-group-code.invalid"));
    }

    @Test
    void an_appointment_becomes_the_command() {
        var replaced = UserId.random();

        var command = new CoordinatorAppointmentRequest(CENTRE.value().toString(), "https://login.example.eu", "elena",
                "Dr Elena Ricci", "elena@example.it", "it", replaced.value().toString()).toCommand(OPERATOR, Ern.ERKNET);

        assertThat(command.actor()).isEqualTo(OPERATOR);
        assertThat(command.ern()).isEqualTo(Ern.ERKNET);
        assertThat(command.centre()).isEqualTo(CENTRE);
        assertThat(command.appointee().subject()).isEqualTo(new Subject("https://login.example.eu", "elena"));
        assertThat(command.appointee().country()).isEqualTo(Country.of("IT"));
        assertThat(command.replacing()).isEqualTo(replaced);
        assertThatThrownBy(() -> new CoordinatorAppointmentRequest("x", "i", "s", "n", "e@example.eu", "IT", null)
                .toCommand(OPERATOR, Ern.ERKNET))
                .isInstanceOfSatisfying(InvalidValue.class, e -> assertThat(e.code()).isEqualTo("centre.invalid"));
    }
}
