package org.opencpms.application.reference;

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

    @Test
    void the_deployment_registers_a_centre_that_is_a_member_of_no_ern() {
        var id = register.handle(new RegisterHealthcareProvider.Command("Charité Berlin", Country.of("DE")));

        var provider = world.providers.get(id);
        assertThat(provider.name()).isEqualTo("Charité Berlin");
        assertThat(provider.country()).isEqualTo(Country.of("DE"));
        assertThat(provider.memberships()).isEmpty();
        assertThat(world.events.published(HealthcareProviderRegistered.class)).singleElement()
                .satisfies(e -> assertThat(e.provider()).isEqualTo(id));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.CREATE);
        assertThat(entry.actor()).isNull();
        assertThat(entry.resourceType()).isEqualTo("HealthcareProvider");
        assertThat(entry.resourceId()).isEqualTo(id.toString());
    }
}
