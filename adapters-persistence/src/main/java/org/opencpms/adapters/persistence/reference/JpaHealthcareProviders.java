package org.opencpms.adapters.persistence.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProvider;
import org.opencpms.domain.reference.HealthcareProviders;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.shared.ProviderId;

/**
 * The healthcare providers in {@code healthcare_provider}, one row per provider, and their
 * memberships in {@code healthcare_provider_membership}, one row per ERN (so at most one per ERN).
 *
 * <p>Invariants: entity version = domain version + 1; every save of a known provider increments the
 * version by exactly one (whether or not anything changed) and fails with {@code ConcurrentUpdate}
 * ({@code healthcare-provider.concurrent-update}) on a stale version, also when another transaction
 * updates the row between the check and the flush. {@link #membersOf} orders by name as Java
 * compares strings, then by id as text, on every database.
 */
@ApplicationScoped
public class JpaHealthcareProviders implements HealthcareProviders {

    static final String AGGREGATE = "healthcare-provider";

    private final EntityManager em;

    @Inject
    public JpaHealthcareProviders(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<HealthcareProvider> find(ProviderId id) {
        return Optional.ofNullable(em.find(HealthcareProviderEntity.class, id.value())).map(JpaHealthcareProviders::toDomain);
    }

    @Override
    public void save(HealthcareProvider provider) {
        var entity = em.find(HealthcareProviderEntity.class, provider.id().value());
        if (entity == null) {
            Stores.checkNew(AGGREGATE, provider.id(), provider.version());
            entity = new HealthcareProviderEntity(provider.id().value());
            copy(provider, entity);
            em.persist(entity);
        } else {
            Stores.checkVersion(AGGREGATE, provider.id(), entity.version, provider.version());
            copy(provider, entity);
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Stores.flush(em, AGGREGATE, provider.id());
    }

    @Override
    public List<HealthcareProvider> membersOf(Ern ern) {
        return em.createQuery("SELECT p FROM HealthcareProviderEntity p JOIN p.memberships m WHERE KEY(m) = :ern",
                        HealthcareProviderEntity.class)
                .setParameter("ern", ern.name())
                .getResultList().stream()
                .map(JpaHealthcareProviders::toDomain)
                .sorted(Comparator.comparing(HealthcareProvider::name).thenComparing(p -> p.id().toString()))
                .toList();
    }

    @Override
    public List<HealthcareProvider> inCountry(Country country) {
        return em.createQuery("SELECT p FROM HealthcareProviderEntity p WHERE p.country = :country",
                        HealthcareProviderEntity.class)
                .setParameter("country", country.code())
                .getResultList().stream()
                .map(JpaHealthcareProviders::toDomain)
                .sorted(Comparator.comparing(HealthcareProvider::name).thenComparing(p -> p.id().toString()))
                .toList();
    }

    private static void copy(HealthcareProvider provider, HealthcareProviderEntity entity) {
        entity.name = provider.name();
        entity.country = provider.country().code();
        Map<String, String> memberships = new HashMap<>();
        provider.memberships().forEach((ern, type) -> memberships.put(ern.name(), type.name()));
        entity.memberships.keySet().retainAll(memberships.keySet());
        entity.memberships.putAll(memberships);
    }

    private static HealthcareProvider toDomain(HealthcareProviderEntity entity) {
        Map<Ern, MembershipType> memberships = new EnumMap<>(Ern.class);
        entity.memberships.forEach((ern, type) -> memberships.put(Ern.valueOf(ern), MembershipType.valueOf(type)));
        return HealthcareProvider.restore(new ProviderId(entity.id), entity.name, Country.of(entity.country),
                memberships, Stores.domainVersion(entity.version));
    }
}
