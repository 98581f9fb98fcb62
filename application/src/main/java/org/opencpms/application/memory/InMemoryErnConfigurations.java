package org.opencpms.application.memory;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.opencpms.domain.dataset.ErnConfiguration;
import org.opencpms.domain.dataset.ErnConfigurations;
import org.opencpms.domain.reference.Ern;

/** One configuration per ERN; saving replaces the ERN's previous one. Thread-safe. */
public final class InMemoryErnConfigurations implements ErnConfigurations {

    private final Map<Ern, ErnConfiguration> configurations = new EnumMap<>(Ern.class);

    @Override
    public synchronized Optional<ErnConfiguration> find(Ern ern) {
        return Optional.ofNullable(configurations.get(ern));
    }

    @Override
    public synchronized void save(ErnConfiguration configuration) {
        configurations.put(configuration.ern(), configuration);
    }
}
