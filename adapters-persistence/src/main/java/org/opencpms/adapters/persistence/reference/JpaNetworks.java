package org.opencpms.adapters.persistence.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.reference.DiseaseGroup;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.Network;
import org.opencpms.domain.reference.Networks;

/**
 * The networks in {@code network}, one row per ERN (keyed by the ERN's enum name), and their disease
 * groups in {@code network_disease_group}, keyed by ERN and position, which keeps the order in which
 * the groups were added.
 *
 * <p>Invariants: entity version = domain version + 1; every save of a known network increments the
 * version by exactly one and fails with {@code ConcurrentUpdate} ({@code network.concurrent-update},
 * identified by the ERN's code) on a stale version. A save writes only the positions whose group
 * changed: as the domain only appends groups, that is the new ones.
 */
@ApplicationScoped
public class JpaNetworks implements Networks {

    static final String AGGREGATE = "network";

    private final EntityManager em;

    @Inject
    public JpaNetworks(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<Network> find(Ern ern) {
        return Optional.ofNullable(em.find(NetworkEntity.class, ern)).map(JpaNetworks::toDomain);
    }

    @Override
    public void save(Network network) {
        var entity = em.find(NetworkEntity.class, network.ern());
        if (entity == null) {
            Stores.checkNew(AGGREGATE, network.ern().code(), network.version());
            entity = new NetworkEntity(network.ern());
            copy(network, entity);
            em.persist(entity);
        } else {
            Stores.checkVersion(AGGREGATE, network.ern().code(), entity.version, network.version());
            copy(network, entity);
            em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        Stores.flush(em, AGGREGATE, network.ern().code());
    }

    private static void copy(Network network, NetworkEntity entity) {
        var groups = network.diseaseGroups();
        for (int i = 0; i < groups.size(); i++) {
            var group = groups.get(i);
            if (i < entity.diseaseGroups.size()) {
                var stored = entity.diseaseGroups.get(i);
                if (!stored.code.equals(group.code()) || !stored.name.equals(group.name())) {
                    entity.diseaseGroups.set(i, new DiseaseGroupEmbeddable(group.code(), group.name()));
                }
            } else {
                entity.diseaseGroups.add(new DiseaseGroupEmbeddable(group.code(), group.name()));
            }
        }
        while (entity.diseaseGroups.size() > groups.size()) {
            entity.diseaseGroups.remove(entity.diseaseGroups.size() - 1);
        }
    }

    private static Network toDomain(NetworkEntity entity) {
        return Network.restore(entity.ern,
                entity.diseaseGroups.stream().map(g -> new DiseaseGroup(g.code, g.name)).toList(),
                Stores.domainVersion(entity.version));
    }
}
