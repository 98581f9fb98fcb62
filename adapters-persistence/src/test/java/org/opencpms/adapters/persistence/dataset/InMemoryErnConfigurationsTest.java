package org.opencpms.adapters.persistence.dataset;

import org.opencpms.application.memory.InMemoryErnConfigurations;
import org.opencpms.domain.dataset.ErnConfigurations;

class InMemoryErnConfigurationsTest extends ErnConfigurationsContract {

    private final ErnConfigurations configurations = new InMemoryErnConfigurations();

    @Override
    protected ErnConfigurations configurations() {
        return configurations;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}
