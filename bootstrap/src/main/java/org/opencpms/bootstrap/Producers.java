package org.opencpms.bootstrap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import javax.sql.DataSource;
import org.opencpms.adapters.pdf.panel.PdfPanelDocuments;
import org.opencpms.adapters.persistence.patient.IdentityCipher;
import org.opencpms.application.audit.CallerOrigin;
import org.opencpms.application.audit.InboundOrigin;
import org.opencpms.application.panel.PanelDocuments;
import org.opencpms.application.user.MachineClients;
import org.opencpms.application.user.PlatformOperators;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.research.KAnonymity;

/**
 * The beans the use cases and the ports need from the application as a whole: the deployment's {@link
 * Configuration}, the UTC system clock, the {@link AccessPolicy} in the configured identity-visibility mode, the
 * research export's configured {@link KAnonymity}, the
 * thread-bound {@link InboundOrigin} of the caller, the configured {@link PlatformOperators} (a value that does not
 * parse fails the deployment), the configured {@link MachineClients} (likewise), the {@link PanelDocuments} printed as PDF,
 * and the {@link IdentityCipher} of the configured key (built
 * when first needed, so that a missing or bad key fails its first use with a message naming the setting), and the
 * server's OpenCPMS {@link DataSource} (for what needs a connection of its own, outside the transactions: the chat
 * signals' listener). The container's {@code EntityManager} is the one bean the persistence adapter declares itself.
 */
@ApplicationScoped
public class Producers {

    @Produces
    @Singleton
    Configuration configuration() {
        return Configuration.ofDeployment();
    }

    @Produces
    DataSource dataSource() {
        return ServerResources.dataSource();
    }

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    AccessPolicy accessPolicy(Configuration configuration) {
        return new AccessPolicy(configuration.identityVisibility());
    }

    @Produces
    @Singleton
    KAnonymity kAnonymity(Configuration configuration) {
        return configuration.researchKAnonymity();
    }

    @Produces
    CallerOrigin callerOrigin() {
        return new InboundOrigin();
    }

    @Produces
    @Singleton
    PlatformOperators platformOperators(Configuration configuration) {
        return configuration.operators();
    }

    @Produces
    @Singleton
    PanelDocuments panelDocuments() {
        return new PdfPanelDocuments();
    }

    @Produces
    @Singleton
    MachineClients machineClients(Configuration configuration) {
        return configuration.machineClients();
    }

    @Produces
    @Singleton
    IdentityCipher identityCipher(Configuration configuration) {
        return configuration.identityCipher();
    }
}
