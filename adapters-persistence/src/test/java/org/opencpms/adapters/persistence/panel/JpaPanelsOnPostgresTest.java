package org.opencpms.adapters.persistence.panel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.domain.panel.Panels;

class JpaPanelsOnPostgresTest extends PanelsContract {

    private static JpaTestDatabase database;
    private static Panels panels;

    @BeforeAll
    static void start() {
        database = JpaTestDatabase.create(JpaTestDatabase.Engine.POSTGRES);
        panels = new JpaPanels(database.entityManager());
    }

    @AfterAll
    static void stop() {
        database.close();
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
