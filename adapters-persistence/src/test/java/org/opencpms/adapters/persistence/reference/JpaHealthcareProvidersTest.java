package org.opencpms.adapters.persistence.reference;

import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.domain.reference.HealthcareProviders;

@OnEveryEngine
class JpaHealthcareProvidersTest extends HealthcareProvidersContract {

    private final JpaTestDatabase database;

    JpaHealthcareProvidersTest(JpaTestDatabase database) {
        this.database = database;
    }

    @Override
    protected HealthcareProviders providers() {
        return new JpaHealthcareProviders(database.entityManager());
    }

    @Override
    protected void inTransaction(Runnable work) {
        database.inTransaction(work);
    }
}
