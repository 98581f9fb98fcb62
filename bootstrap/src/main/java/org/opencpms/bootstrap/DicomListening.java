package org.opencpms.bootstrap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.logging.Logger;
import org.opencpms.adapters.dicom.DicomConfiguration;
import org.opencpms.adapters.dicom.storage.FileSystemInstanceFiles;
import org.opencpms.adapters.dicom.scp.CStoreListener;
import org.opencpms.application.imaging.ReceiveImagingInstance;
import org.opencpms.domain.imaging.BurnedInTextRule;
import org.opencpms.domain.imaging.InstanceFiles;

/**
 * The imaging side of the composition root: the content-addressed file store and the burned-in text rule the
 * imaging use cases need, and the DICOM C-STORE listener, all as {@link DicomConfiguration} says. The listener is
 * started by {@link StartUp} when calling AE titles are configured ({@value DicomConfiguration#CALLING_AE_TITLES};
 * it then needs {@value DicomConfiguration#KEY}) and stopped with the deployment, leaving no thread behind.
 * Instances go to {@link ReceiveImagingInstance} through its CDI proxy, one transaction each.
 */
@ApplicationScoped
public class DicomListening {

    private static final Logger LOG = Logger.getLogger(DicomListening.class.getName());

    private final ReceiveImagingInstance receive;
    private CStoreListener listener;

    /** For the container's proxy. */
    protected DicomListening() {
        this.receive = null;
    }

    @Inject
    public DicomListening(ReceiveImagingInstance receive) {
        this.receive = receive;
    }

    @Produces
    @Singleton
    static DicomConfiguration dicomConfiguration() {
        return DicomConfiguration.ofDeployment();
    }

    @Produces
    @Singleton
    static InstanceFiles instanceFiles(DicomConfiguration configuration) {
        return new FileSystemInstanceFiles(configuration.storageDirectory());
    }

    @Produces
    @Singleton
    static BurnedInTextRule burnedInTextRule(DicomConfiguration configuration) {
        return configuration.burnedInTextRule();
    }

    /** Starts the listener if calling AE titles are configured; a bad setting fails the deployment, naming it. */
    synchronized void start() {
        var configuration = DicomConfiguration.ofDeployment();
        if (listener != null || configuration.value(DicomConfiguration.CALLING_AE_TITLES).isEmpty()) {
            LOG.info(() -> "DICOM listener off: no " + DicomConfiguration.CALLING_AE_TITLES + " configured");
            return;
        }
        listener = configuration.listener(receive::handle);
        listener.start();
    }

    @PreDestroy
    synchronized void stop() {
        if (listener != null) {
            listener.stop();
            listener = null;
        }
    }
}
