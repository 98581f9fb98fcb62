package org.opencpms.adapters.dicom.web;

import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * The DICOMweb service (PS3.18: STOW-RS, QIDO-RS, WADO-RS) under {@code /dicomweb}. It carries no
 * {@code @ApplicationPath}: it lives in the EAR's {@code lib/}, whose classes every web module of the EAR scans, so
 * it is served only where a web module maps it on purpose (the REST WAR's {@code web.xml}, which adds the REST
 * adapter's bearer authentication and error mapping, so that one sign-in and one token issuer serve both).
 *
 * <p>Invariant: exactly these resources, nothing found by scanning (a non-empty {@link #getClasses()}).
 */
public class DicomWebApi extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(StudiesResource.class);
    }
}
