package org.opencpms.application.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.HealthcareProviderUpdated;
import org.opencpms.domain.shared.DomainException;

class UpdateHealthcareProviderTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final UpdateHealthcareProvider update = new UpdateHealthcareProvider(world.providers, world.events,
            world.auditing, world.clock);
    private final org.opencpms.domain.shared.ProviderId centre = world.centre(PeopleFixtures.ERN);

    @Test
    void an_operator_corrects_a_centres_name_and_country() {
        var operator = world.operator();

        update.handle(new UpdateHealthcareProvider.Command(operator, centre, 0L, "Charité Berlin", Country.of("AT")));

        assertThat(world.providers.get(centre).name()).isEqualTo("Charité Berlin");
        assertThat(world.providers.get(centre).country()).isEqualTo(Country.of("AT"));
        assertThat(world.events.published(HealthcareProviderUpdated.class)).hasSize(1);
        assertThat(world.lastAudit().actor()).isEqualTo(operator.id());
    }

    @Test
    void a_coordinator_or_a_stale_version_changes_nothing() {
        var coordinator = world.coordinator(PeopleFixtures.ERN, centre);

        assertThatThrownBy(() -> update.handle(new UpdateHealthcareProvider.Command(coordinator, centre, null, "X",
                Country.of("DE")))).extracting(e -> ((DomainException) e).code()).isEqualTo("operator.required");
        assertThatThrownBy(() -> update.handle(new UpdateHealthcareProvider.Command(world.operator(), centre, 3L, "X",
                Country.of("DE")))).extracting(e -> ((DomainException) e).code())
                .isEqualTo("healthcare-provider.concurrent-update");
        assertThat(world.providers.get(centre).name()).isNotEqualTo("X");
        assertThat(world.audit()).isEmpty();
    }
}
