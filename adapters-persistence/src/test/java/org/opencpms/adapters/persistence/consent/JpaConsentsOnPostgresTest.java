package org.opencpms.adapters.persistence.consent;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opencpms.adapters.persistence.JpaTestDatabase;

import org.opencpms.domain.consent.Consents;

class JpaConsentsOnPostgresTest extends ConsentsContract {

    private static JpaTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = JpaTestDatabase.create(JpaTestDatabase.Engine.POSTGRES);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Override
    protected Consents consents() {
        return new JpaConsents(database.entityManager());
    }

    @Override
    protected void inTransaction(Runnable work) {
        database.inTransaction(work);
    }
}
