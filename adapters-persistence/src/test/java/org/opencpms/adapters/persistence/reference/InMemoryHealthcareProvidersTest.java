package org.opencpms.adapters.persistence.reference;

import org.opencpms.application.memory.InMemoryHealthcareProviders;
import org.opencpms.domain.reference.HealthcareProviders;

class InMemoryHealthcareProvidersTest extends HealthcareProvidersContract {

    private final HealthcareProviders providers = new InMemoryHealthcareProviders();

    @Override
    protected HealthcareProviders providers() {
        return providers;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}
