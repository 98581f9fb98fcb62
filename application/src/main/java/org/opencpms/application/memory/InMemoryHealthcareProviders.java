package org.opencpms.application.memory;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProvider;
import org.opencpms.domain.reference.HealthcareProviders;
import org.opencpms.domain.shared.ProviderId;

/**
 * Healthcare providers kept as restored copies, so that callers never share state with the store and
 * a stale version fails with {@link ConcurrentUpdate}, as in the database. Thread-safe.
 */
public final class InMemoryHealthcareProviders implements HealthcareProviders {

    private final Map<ProviderId, HealthcareProvider> providers = new LinkedHashMap<>();

    @Override
    public synchronized Optional<HealthcareProvider> find(ProviderId id) {
        return Optional.ofNullable(providers.get(id)).map(p -> copy(p, p.version()));
    }

    @Override
    public synchronized void save(HealthcareProvider provider) {
        var stored = providers.get(provider.id());
        long version = StoredVersions.next("healthcare-provider", provider.id(), stored == null ? null : stored.version(), provider.version());
        providers.put(provider.id(), copy(provider, version));
    }

    @Override
    public synchronized List<HealthcareProvider> membersOf(Ern ern) {
        return providers.values().stream()
                .filter(p -> p.isMemberOf(ern))
                .sorted(Comparator.comparing(HealthcareProvider::name).thenComparing(p -> p.id().toString()))
                .map(p -> copy(p, p.version()))
                .toList();
    }

    @Override
    public synchronized List<HealthcareProvider> inCountry(Country country) {
        return providers.values().stream()
                .filter(p -> p.country().equals(country))
                .sorted(Comparator.comparing(HealthcareProvider::name).thenComparing(p -> p.id().toString()))
                .map(p -> copy(p, p.version()))
                .toList();
    }

    private static HealthcareProvider copy(HealthcareProvider p, long version) {
        return HealthcareProvider.restore(p.id(), p.name(), p.country(), p.memberships(), version);
    }
}
