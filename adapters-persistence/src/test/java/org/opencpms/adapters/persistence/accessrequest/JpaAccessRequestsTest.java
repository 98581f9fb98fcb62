package org.opencpms.adapters.persistence.accessrequest;

import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.domain.accessrequest.AccessRequests;

@OnEveryEngine
class JpaAccessRequestsTest extends AccessRequestsContract {

    private final JpaTestDatabase database;

    JpaAccessRequestsTest(JpaTestDatabase database) {
        this.database = database;
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
