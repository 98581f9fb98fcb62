package org.opencpms.adapters.persistence.kpi;

import org.opencpms.application.memory.InMemoryKpiFacts;
import org.opencpms.application.memory.InMemoryPanels;
import org.opencpms.application.memory.InMemoryUsers;
import org.opencpms.domain.kpi.KpiFacts;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.user.Users;

class InMemoryKpiFactsTest extends KpiFactsContract {

    private final InMemoryPanels panels = new InMemoryPanels();
    private final InMemoryUsers users = new InMemoryUsers();
    private final InMemoryKpiFacts facts = new InMemoryKpiFacts(panels::all, users::all);

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
        work.run();
    }
}
