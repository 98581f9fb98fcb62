package org.opencpms.domain.dataset;

import java.util.Optional;
import org.opencpms.domain.reference.Ern;

/**
 * Port: the stored configuration of each ERN. Invariant: at most one configuration per ERN; an ERN
 * with none stored is configured by {@link ErnConfiguration#defaultFor}.
 */
public interface ErnConfigurations {

    Optional<ErnConfiguration> find(Ern ern);

    /** The stored configuration of the ERN, or the default one. Never null. */
    default ErnConfiguration forErn(Ern ern) {
        return find(ern).orElseGet(() -> ErnConfiguration.defaultFor(ern));
    }

    /** Stores the configuration, replacing the ERN's previous one. */
    void save(ErnConfiguration configuration);
}
