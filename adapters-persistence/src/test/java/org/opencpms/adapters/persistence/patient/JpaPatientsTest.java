package org.opencpms.adapters.persistence.patient;

import static org.opencpms.adapters.persistence.patient.PatientFixtures.CIPHER;

import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.domain.patient.Patients;

@OnEveryEngine
class JpaPatientsTest extends PatientsContract {

    private final JpaTestDatabase database;

    JpaPatientsTest(JpaTestDatabase database) {
        this.database = database;
    }

    @Override
    protected Patients patients() {
        return new JpaPatients(database.entityManager(), CIPHER);
    }

    @Override
    protected void inTransaction(Runnable work) {
        database.inTransaction(work);
    }
}
