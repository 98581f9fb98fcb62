package org.opencpms.application.memory;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.Network;
import org.opencpms.domain.reference.Networks;

/**
 * Networks kept as restored copies, so that callers never share state with the store and a stale
 * version fails with {@link ConcurrentUpdate}, as in the database. Thread-safe.
 */
public final class InMemoryNetworks implements Networks {

    private final Map<Ern, Network> networks = new EnumMap<>(Ern.class);

    @Override
    public synchronized Optional<Network> find(Ern ern) {
        return Optional.ofNullable(networks.get(ern)).map(n -> copy(n, n.version()));
    }

    @Override
    public synchronized void save(Network network) {
        var stored = networks.get(network.ern());
        long version = StoredVersions.next("network", network.ern().code(), stored == null ? null : stored.version(), network.version());
        networks.put(network.ern(), copy(network, version));
    }

    private static Network copy(Network n, long version) {
        return Network.restore(n.ern(), n.diseaseGroups(), version);
    }
}
