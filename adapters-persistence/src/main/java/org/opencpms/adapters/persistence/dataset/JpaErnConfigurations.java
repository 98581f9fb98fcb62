package org.opencpms.adapters.persistence.dataset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.dataset.ErnConfiguration;
import org.opencpms.domain.dataset.ErnConfigurations;
import org.opencpms.domain.reference.Ern;

/**
 * The ERN configurations in {@code ern_configuration}, one row per ERN (keyed by the ERN's enum
 * name): the contribution quorum, and the customised data set as a JSON array of field definitions
 * in data-set order ({@link DataSetJson}).
 *
 * <p>Invariants: at most one row per ERN; saving replaces the ERN's row (the configuration is a
 * value without a version, so the last save wins); only when two transactions store the first
 * configuration of the same ERN at once does the later one fail, with {@code ConcurrentUpdate}
 * ({@code ern-configuration.concurrent-update}).
 */
@ApplicationScoped
public class JpaErnConfigurations implements ErnConfigurations {

    static final String AGGREGATE = "ern-configuration";

    private final EntityManager em;

    @Inject
    public JpaErnConfigurations(EntityManager em) {
        this.em = em;
    }

    @Override
    public Optional<ErnConfiguration> find(Ern ern) {
        return Optional.ofNullable(em.find(ErnConfigurationEntity.class, ern))
                .map(e -> new ErnConfiguration(e.ern, DataSetJson.read(e.dataSet), e.contributionQuorum));
    }

    @Override
    public void save(ErnConfiguration configuration) {
        var entity = em.find(ErnConfigurationEntity.class, configuration.ern());
        boolean isNew = entity == null;
        if (isNew) {
            entity = new ErnConfigurationEntity(configuration.ern());
        }
        entity.contributionQuorum = configuration.contributionQuorum();
        entity.dataSet = DataSetJson.write(configuration.dataSet());
        if (isNew) {
            em.persist(entity);
        }
        Stores.flush(em, AGGREGATE, configuration.ern().code());
    }
}
