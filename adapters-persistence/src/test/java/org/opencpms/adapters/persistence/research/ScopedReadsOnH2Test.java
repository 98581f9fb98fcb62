package org.opencpms.adapters.persistence.research;

import org.opencpms.adapters.persistence.JpaTestDatabase;

class ScopedReadsOnH2Test extends ScopedReadsContract {

    @Override
    protected JpaTestDatabase.Engine engine() {
        return JpaTestDatabase.Engine.H2;
    }
}
