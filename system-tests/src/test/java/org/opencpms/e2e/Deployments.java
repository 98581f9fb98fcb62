package org.opencpms.e2e;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR the build produced (ear/target/opencpms.ear), as Arquillian deploys it. */
public final class Deployments {

    private Deployments() {
    }

    public static EnterpriseArchive builtEar() {
        var ear = new File(System.getProperty("opencpms.ear", "../ear/target/opencpms.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("build the EAR first (./mvnw -B verify builds it): " + ear.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
