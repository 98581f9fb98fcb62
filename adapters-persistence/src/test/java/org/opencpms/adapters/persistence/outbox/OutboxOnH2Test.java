package org.opencpms.adapters.persistence.outbox;

import org.opencpms.adapters.persistence.JpaTestDatabase;

class OutboxOnH2Test extends OutboxContract {

    @Override
    protected JpaTestDatabase.Engine engine() {
        return JpaTestDatabase.Engine.H2;
    }
}
