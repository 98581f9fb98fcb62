package org.opencpms.adapters.persistence.consent;

import org.opencpms.application.memory.InMemoryConsents;
import org.opencpms.domain.consent.Consents;

class InMemoryConsentsTest extends ConsentsContract {

    private final Consents consents = new InMemoryConsents();

    @Override
    protected Consents consents() {
        return consents;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}
