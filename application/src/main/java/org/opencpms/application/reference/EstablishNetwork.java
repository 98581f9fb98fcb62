package org.opencpms.application.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.Network;
import org.opencpms.domain.reference.Networks;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.Require;

/**
 * The deployment starts keeping reference data (disease groups) for an ERN. Idempotent, so that a
 * deployment may run it at every start: an ERN already established is left as it is.
 */
@ApplicationScoped
@Transactional
public class EstablishNetwork {

    public record Command(Ern ern) {
        public Command {
            Require.present(ern, "ern");
        }
    }

    private final Networks networks;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public EstablishNetwork(Networks networks, DomainEvents events, Auditing auditing, Clock clock) {
        this.networks = networks;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    public void handle(Command cmd) {
        if (networks.find(cmd.ern()).isPresent()) {
            return;
        }
        var network = Network.establish(cmd.ern(), clock.instant());
        networks.save(network);
        events.publish(network.pullEvents());
        auditing.record(null, AuditAction.CREATE, "Network", cmd.ern().code(), null, "reference data");
    }
}
