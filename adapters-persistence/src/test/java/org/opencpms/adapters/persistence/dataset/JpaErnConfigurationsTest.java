package org.opencpms.adapters.persistence.dataset;

import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.domain.dataset.ErnConfigurations;

@OnEveryEngine
class JpaErnConfigurationsTest extends ErnConfigurationsContract {

    private final JpaTestDatabase database;

    JpaErnConfigurationsTest(JpaTestDatabase database) {
        this.database = database;
    }

    @Override
    protected ErnConfigurations configurations() {
        return new JpaErnConfigurations(database.entityManager());
    }

    @Override
    protected void inTransaction(Runnable work) {
        database.inTransaction(work);
    }
}
