package org.opencpms.adapters.persistence.audit;

import org.opencpms.adapters.persistence.JpaTestDatabase;

class JpaAuditTrailOnPostgresTest extends JpaAuditTrailContract {

    @Override
    protected JpaTestDatabase.Engine engine() {
        return JpaTestDatabase.Engine.POSTGRES;
    }
}
