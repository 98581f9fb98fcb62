package org.opencpms.adapters.persistence.reference;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opencpms.adapters.persistence.JpaTestDatabase;

import org.opencpms.domain.reference.Networks;

class JpaNetworksOnH2Test extends NetworksContract {

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
    protected Networks networks() {
        return new JpaNetworks(database.entityManager());
    }

    @Override
    protected void inTransaction(Runnable work) {
        database.inTransaction(work);
    }
}
