package org.opencpms.adapters.persistence.imaging;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.domain.imaging.ImagingInstances;

class JpaImagingInstancesOnPostgresTest extends ImagingInstancesContract {

    private static JpaTestDatabase database;
    private static ImagingInstances instances;

    @BeforeAll
    static void start() {
        database = JpaTestDatabase.create(JpaTestDatabase.Engine.POSTGRES);
        instances = new JpaImagingInstances(database.entityManager());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Override
    protected ImagingInstances instances() {
        return instances;
    }

    @Override
    protected void inTransaction(Runnable work) {
        database.inTransaction(work);
    }
}
