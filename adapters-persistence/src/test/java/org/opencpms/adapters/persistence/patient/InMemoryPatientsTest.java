package org.opencpms.adapters.persistence.patient;

import org.opencpms.application.memory.InMemoryPatients;
import org.opencpms.domain.patient.Patients;

class InMemoryPatientsTest extends PatientsContract {

    private final Patients patients = new InMemoryPatients();

    @Override
    protected Patients patients() {
        return patients;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}
