package org.opencpms.adapters.persistence.accessrequest;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opencpms.adapters.persistence.JpaTestDatabase;

import org.opencpms.domain.accessrequest.AccessRequests;

class JpaAccessRequestsOnH2Test extends AccessRequestsContract {

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
    protected AccessRequests requests() {
        return new JpaAccessRequests(database.entityManager());
    }

    @Override
    protected void inTransaction(Runnable work) {
        database.inTransaction(work);
    }
}
