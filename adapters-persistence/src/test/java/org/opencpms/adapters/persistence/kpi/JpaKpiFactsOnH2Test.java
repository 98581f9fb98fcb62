package org.opencpms.adapters.persistence.kpi;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.panel.JpaPanels;
import org.opencpms.adapters.persistence.user.JpaUsers;
import org.opencpms.domain.kpi.KpiFacts;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.user.Users;

class JpaKpiFactsOnH2Test extends KpiFactsContract {

    private static JpaTestDatabase database;
    private static KpiFacts facts;
    private static Panels panels;
    private static Users users;

    @BeforeAll
    static void start() {
        database = JpaTestDatabase.create(JpaTestDatabase.Engine.H2);
        facts = new JpaKpiFacts(database.entityManager());
        panels = new JpaPanels(database.entityManager());
        users = new JpaUsers(database.entityManager());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Override
    protected KpiFacts kpiFacts() {
        return facts;
    }

    @Override
    protected Panels panels() {
        return panels;
    }

    @Override
    protected Users users() {
        return users;
    }

    @Override
    protected void inTransaction(Runnable work) {
        database.inTransaction(work);
    }
}
