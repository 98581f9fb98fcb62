package org.opencpms.adapters.persistence.kpi;

import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.adapters.persistence.panel.JpaPanels;
import org.opencpms.adapters.persistence.user.JpaUsers;
import org.opencpms.domain.kpi.KpiFacts;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.user.Users;

@OnEveryEngine
class JpaKpiFactsTest extends KpiFactsContract {

    private final JpaTestDatabase database;
    private final KpiFacts facts;
    private final Panels panels;
    private final Users users;

    JpaKpiFactsTest(JpaTestDatabase database) {
        this.database = database;
        facts = new JpaKpiFacts(database.entityManager());
        panels = new JpaPanels(database.entityManager());
        users = new JpaUsers(database.entityManager());
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
