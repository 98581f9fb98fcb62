package org.opencpms.adapters.persistence.outbox;

import org.opencpms.adapters.persistence.JpaTestDatabase;

class OutboxOnPostgresTest extends OutboxContract {

    @Override
    protected JpaTestDatabase.Engine engine() {
        return JpaTestDatabase.Engine.POSTGRES;
    }
}
