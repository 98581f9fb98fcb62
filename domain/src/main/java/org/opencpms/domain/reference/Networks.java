package org.opencpms.domain.reference;

import java.util.Optional;

/** Port: the reference data kept per ERN. Never returns null. */
public interface Networks {

    Optional<Network> find(Ern ern);

    /** @throws NetworkNotFound {@code network.not-found} */
    default Network get(Ern ern) {
        return find(ern).orElseThrow(() -> new NetworkNotFound(ern));
    }

    void save(Network network);
}
