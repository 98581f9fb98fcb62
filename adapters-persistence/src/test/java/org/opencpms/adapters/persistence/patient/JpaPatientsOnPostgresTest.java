package org.opencpms.adapters.persistence.patient;

import static org.opencpms.adapters.persistence.patient.PatientFixtures.CIPHER;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.domain.patient.Patients;

class JpaPatientsOnPostgresTest extends PatientsContract {

    private static JpaTestDatabase database;

    @BeforeAll
    static void createDatabase() {
        database = JpaTestDatabase.create(JpaTestDatabase.Engine.POSTGRES);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
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
