package org.opencpms.adapters.persistence.imaging;

import org.opencpms.application.memory.InMemoryImagingInstances;
import org.opencpms.domain.imaging.ImagingInstances;

class InMemoryImagingInstancesTest extends ImagingInstancesContract {

    private final InMemoryImagingInstances instances = new InMemoryImagingInstances();

    @Override
    protected ImagingInstances instances() {
        return instances;
    }

    @Override
    protected void inTransaction(Runnable work) {
        work.run();
    }
}
