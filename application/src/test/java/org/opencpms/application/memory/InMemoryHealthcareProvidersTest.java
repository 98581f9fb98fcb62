package org.opencpms.application.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProvider;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

class InMemoryHealthcareProvidersTest {

    private final InMemoryHealthcareProviders providers = new InMemoryHealthcareProviders();

    private HealthcareProvider saved(String name, Map<Ern, MembershipType> memberships) {
        var provider = HealthcareProvider.restore(ProviderId.random(), name, Country.of("IT"), memberships, 0);
        providers.save(provider);
        return provider;
    }

    @Test
    void a_saved_provider_is_found_with_its_memberships() {
        var provider = saved("Ospedale", Map.of(Ern.ERKNET, MembershipType.AFFILIATED_PARTNER));

        var found = providers.get(provider.id());
        assertThat(found.name()).isEqualTo("Ospedale");
        assertThat(found.country()).isEqualTo(Country.of("IT"));
        assertThat(found.memberships()).containsExactly(Map.entry(Ern.ERKNET, MembershipType.AFFILIATED_PARTNER));
        assertThat(providers.find(ProviderId.random())).isEmpty();
    }

    @Test
    void copies_are_independent_of_the_store() {
        var provider = saved("Ospedale", Map.of());
        providers.get(provider.id()).join(Ern.ERKNET, MembershipType.FULL_MEMBER,
                Actor.operator(UserId.random()), Instant.EPOCH);

        assertThat(providers.get(provider.id()).memberships()).isEmpty();
    }

    @Test
    void a_stale_copy_is_refused() {
        var provider = saved("Ospedale", Map.of());
        var first = providers.get(provider.id());
        var second = providers.get(provider.id());
        providers.save(first);

        assertThat(providers.get(provider.id()).version()).isEqualTo(1);
        assertThatThrownBy(() -> providers.save(second))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("healthcare-provider.concurrent-update");
    }

    @Test
    void members_of_an_ern_are_listed_by_name() {
        var zeta = saved("Zeta", Map.of(Ern.ERKNET, MembershipType.FULL_MEMBER));
        saved("Beta", Map.of(Ern.RND, MembershipType.FULL_MEMBER));
        var alpha = saved("Alpha", Map.of(Ern.ERKNET, MembershipType.ASSOCIATED_PARTNER));

        assertThat(providers.membersOf(Ern.ERKNET)).extracting(HealthcareProvider::id)
                .containsExactly(alpha.id(), zeta.id());
    }
}
