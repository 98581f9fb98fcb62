package org.opencpms.adapters.persistence.audit;

import org.opencpms.adapters.persistence.JpaTestDatabase;

class JpaAuditTrailOnH2Test extends JpaAuditTrailContract {

    @Override
    protected JpaTestDatabase.Engine engine() {
        return JpaTestDatabase.Engine.H2;
    }
}
