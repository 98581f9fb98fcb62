package org.opencpms.adapters.dicom;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.opencpms.adapters.dicom.storage.FileSystemInstanceFiles;
import org.opencpms.domain.imaging.BurnedInTextRule;
import org.opencpms.domain.imaging.InstanceFiles;

/**
 * The beans the imaging use cases need from this adapter: the content-addressed file store and the burned-in text
 * rule, both as {@link DicomConfiguration} says. (To move to the composition root once there is one.)
 */
@ApplicationScoped
public class DicomPorts {

    @Produces
    @Singleton
    InstanceFiles instanceFiles() {
        return new FileSystemInstanceFiles(DicomConfiguration.ofDeployment().storageDirectory());
    }

    @Produces
    @Singleton
    BurnedInTextRule burnedInTextRule() {
        return DicomConfiguration.ofDeployment().burnedInTextRule();
    }
}
