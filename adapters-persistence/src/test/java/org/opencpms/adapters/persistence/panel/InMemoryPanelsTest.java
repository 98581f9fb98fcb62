package org.opencpms.adapters.persistence.panel;

import org.opencpms.application.memory.InMemoryPanels;
import org.opencpms.domain.panel.Panels;

class InMemoryPanelsTest extends PanelsContract {

    private final InMemoryPanels panels = new InMemoryPanels();

    @Override
    protected Panels panels() {
        return panels;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}
