package org.opencpms.application.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProvider;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;

class ViewProviderTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final ViewProvider view = new ViewProvider(world.providers, world.auditing);

    @Test
    void anyone_signed_in_reads_a_centre_as_the_list_shows_it_with_its_version() {
        var provider = HealthcareProvider.restore(ProviderId.random(), "Radboudumc", Country.of("NL"),
                Map.of(Ern.ERKNET, MembershipType.FULL_MEMBER), 0);
        world.providers.save(provider);

        var seen = view.handle(new ViewProvider.Query(null, provider.id()));

        assertThat(seen.provider()).isEqualTo(new ProviderSummary(provider.id(), "Radboudumc", Country.of("NL"),
                Map.of(Ern.ERKNET, MembershipType.FULL_MEMBER)));
        assertThat(seen.version()).isEqualTo(world.providers.get(provider.id()).version());
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.READ);
        assertThat(entry.resourceType()).isEqualTo("HealthcareProvider");
        assertThat(entry.resourceId()).isEqualTo(provider.id().toString());
    }

    @Test
    void an_unknown_centre_is_not_found() {
        assertThatThrownBy(() -> view.handle(new ViewProvider.Query(world.person(), ProviderId.random())))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.not-found");
    }
}
