package org.opencpms.adapters.persistence.imaging;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.panel.JpaPanels;
import org.opencpms.adapters.persistence.panel.PanelStories;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

class JpaImageArchiveOnPostgresTest extends ImageArchiveContract {

    private static JpaTestDatabase database;
    private static ImageArchive archive;

    @BeforeAll
    static void start() {
        database = JpaTestDatabase.create(JpaTestDatabase.Engine.POSTGRES);
        archive = new JpaImageArchive(database.entityManager());
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Override
    protected ImageArchive imageArchive() {
        return archive;
    }

    @Override
    protected void inTransaction(Runnable work) {
        database.inTransaction(work);
    }

    @Override
    protected PanelId aPanelOf(PatientId patient) {
        Panel panel = PanelStories.draft(patient, PanelStories.lead(), PanelStories.T0);
        database.inTransaction(() -> new JpaPanels(database.entityManager()).save(panel));
        return panel.id();
    }
}
