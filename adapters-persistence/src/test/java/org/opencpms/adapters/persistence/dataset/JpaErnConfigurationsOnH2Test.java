package org.opencpms.adapters.persistence.dataset;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opencpms.adapters.persistence.JpaTestDatabase;

import org.opencpms.domain.dataset.ErnConfigurations;

class JpaErnConfigurationsOnH2Test extends ErnConfigurationsContract {

    private static JpaTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = JpaTestDatabase.create(JpaTestDatabase.Engine.H2);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
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
