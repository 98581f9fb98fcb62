package org.opencpms.adapters.persistence.reference;

import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.domain.reference.Networks;

@OnEveryEngine
class JpaNetworksTest extends NetworksContract {

    private final JpaTestDatabase database;

    JpaNetworksTest(JpaTestDatabase database) {
        this.database = database;
    }

    @Override
    protected Networks networks() {
        return new JpaNetworks(database.entityManager());
    }

    @Override
    protected void inTransaction(Runnable work) {
        database.inTransaction(work);
    }
}
