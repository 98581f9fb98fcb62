package org.opencpms.adapters.persistence.consent;

import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.domain.consent.Consents;

@OnEveryEngine
class JpaConsentsTest extends ConsentsContract {

    private final JpaTestDatabase database;

    JpaConsentsTest(JpaTestDatabase database) {
        this.database = database;
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
