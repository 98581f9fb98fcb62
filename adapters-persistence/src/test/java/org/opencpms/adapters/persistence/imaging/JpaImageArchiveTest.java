package org.opencpms.adapters.persistence.imaging;

import org.opencpms.adapters.persistence.JpaTestDatabase;
import org.opencpms.adapters.persistence.OnEveryEngine;
import org.opencpms.adapters.persistence.panel.JpaPanels;
import org.opencpms.adapters.persistence.panel.PanelStories;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

@OnEveryEngine
class JpaImageArchiveTest extends ImageArchiveContract {

    private final JpaTestDatabase database;
    private final ImageArchive archive;

    JpaImageArchiveTest(JpaTestDatabase database) {
        this.database = database;
        archive = new JpaImageArchive(database.entityManager());
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
