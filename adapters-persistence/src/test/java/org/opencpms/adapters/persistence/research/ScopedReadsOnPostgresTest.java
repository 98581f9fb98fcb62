package org.opencpms.adapters.persistence.research;

import org.opencpms.adapters.persistence.JpaTestDatabase;

class ScopedReadsOnPostgresTest extends ScopedReadsContract {

    @Override
    protected JpaTestDatabase.Engine engine() {
        return JpaTestDatabase.Engine.POSTGRES;
    }
}
