package org.opencpms.application.reference;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.user.Actor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.HealthcareProviderRegistered;

class RegisterHealthcareProviderTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final RegisterHealthcareProvider register = new RegisterHealthcareProvider(world.providers, world.events,
            world.auditing, world.clock);

    private final Actor operator = world.operator();

    @Test
    void an_operator_registers_a_centre_that_is_a_member_of_no_ern() {
        var id = register.handle(new RegisterHealthcareProvider.Command(operator, "Charité Berlin", Country.of("DE")));

        var provider = world.providers.get(id);
        assertThat(provider.name()).isEqualTo("Charité Berlin");
        assertThat(provider.country()).isEqualTo(Country.of("DE"));
        assertThat(provider.memberships()).isEmpty();
        assertThat(world.events.published(HealthcareProviderRegistered.class)).singleElement()
                .satisfies(e -> assertThat(e.provider()).isEqualTo(id));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
        assertThat(entry.actor()).isEqualTo(operator.id());
        assertThat(entry.resourceType()).isEqualTo("HealthcareProvider");
        assertThat(entry.resourceId()).isEqualTo(id.toString());
    }

    @Test
    void nobody_but_an_operator_registers_a_centre() {
        var coordinator = world.coordinator(PeopleFixtures.ERN, world.centre(PeopleFixtures.ERN));
        int before = world.providers.membersOf(PeopleFixtures.ERN).size();

        assertThatThrownBy(() -> register.handle(new RegisterHealthcareProvider.Command(coordinator, "Rogue", Country.of("DE"))))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("operator.required");
        assertThat(world.providers.membersOf(PeopleFixtures.ERN)).hasSize(before);
        assertThat(world.audit()).isEmpty();
    }
}
