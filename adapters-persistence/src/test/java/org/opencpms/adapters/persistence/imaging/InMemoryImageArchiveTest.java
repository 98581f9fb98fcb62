package org.opencpms.adapters.persistence.imaging;

import org.opencpms.application.memory.InMemoryImageArchive;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

class InMemoryImageArchiveTest extends ImageArchiveContract {

    private final InMemoryImageArchive archive = new InMemoryImageArchive();

    @Override
    protected ImageArchive imageArchive() {
        return archive;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }

    @Override
    protected PanelId aPanelOf(PatientId patient) {
        return PanelId.random();
    }
}
