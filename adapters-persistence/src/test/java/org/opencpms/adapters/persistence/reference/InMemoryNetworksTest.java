package org.opencpms.adapters.persistence.reference;

import org.opencpms.application.memory.InMemoryNetworks;
import org.opencpms.domain.reference.Networks;

class InMemoryNetworksTest extends NetworksContract {

    private final Networks networks = new InMemoryNetworks();

    @Override
    protected Networks networks() {
        return networks;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}
