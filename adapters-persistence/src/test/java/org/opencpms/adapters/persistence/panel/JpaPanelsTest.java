package org.opencpms.adapters.persistence.panel;

import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.domain.panel.Panels;

@OnEveryEngine
class JpaPanelsTest extends PanelsContract {

    private final JpaTestDatabase database;
    private final Panels panels;

    JpaPanelsTest(JpaTestDatabase database) {
        this.database = database;
        panels = new JpaPanels(database.entityManager());
    }

    @Override
    protected Panels panels() {
        return panels;
    }

    @Override
    protected void inTransaction(Runnable work) {
        database.inTransaction(work);
    }
}
