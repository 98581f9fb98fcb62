package org.opencpms.adapters.dicom.web;

import jakarta.ws.rs.core.Application;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The DICOMweb service (PS3.18: STOW-RS, QIDO-RS, WADO-RS) under {@code /dicomweb}. It carries no
 * {@code @ApplicationPath}: it lives in the EAR's {@code lib/}, whose classes every web module of the EAR scans, so
 * it is served only where a web module maps it on purpose (the REST WAR's {@code web.xml}). That web module also
 * names, in its MicroProfile Config ({@value #PROVIDERS}, class names), the providers that guard the service: its
 * bearer authentication, which puts the signed-in user into the request's security context, and its problem+json
 * mapping of failures; so one sign-in and one token issuer serve both, and this adapter depends on no other.
 *
 * <p>Invariants: exactly these resources and providers, nothing found by scanning (a non-empty
 * {@link #getClasses()}); the service is closed unless guarded: without the authentication's principal a caller finds
 * no study and sends none, so a provider that is not named or not there is logged, never a failed deployment of the
 * whole EAR.
 */
public class DicomWebApi extends Application {

    public static final String PROVIDERS = "opencpms.dicomweb.providers";

    private static final System.Logger LOG = System.getLogger(DicomWebApi.class.getName());

    @Override
    public Set<Class<?>> getClasses() {
        var classes = new HashSet<Class<?>>();
        classes.add(StudiesResource.class);
        try {
            classes.addAll(providers(ConfigProvider.getConfig().getOptionalValue(PROVIDERS, String.class),
                    Thread.currentThread().getContextClassLoader()));
        } catch (IllegalStateException e) {
            LOG.log(System.Logger.Level.ERROR, "DICOMweb is unguarded, so it serves nobody: " + e.getMessage());
        }
        return classes;
    }

    /**
     * The provider classes named, loaded by the web module's class loader.
     *
     * @throws IllegalStateException if none is named, or one cannot be loaded
     */
    static Set<Class<?>> providers(Optional<String> names, ClassLoader loader) {
        var named = Arrays.stream(names.orElse("").split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList();
        if (named.isEmpty()) {
            throw new IllegalStateException(PROVIDERS + " names no provider: DICOMweb would answer without authentication");
        }
        var classes = new HashSet<Class<?>>();
        for (String name : named) {
            try {
                classes.add(Class.forName(name, true, loader));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(PROVIDERS + " names " + name + ", which is not there", e);
            }
        }
        return classes;
    }
}
