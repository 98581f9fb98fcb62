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
import org.opencpms.domain.reference.PlatformRoles;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A platform operator starts keeping reference data (disease groups) for an ERN. Idempotent: an ERN already
 * established is left as it is (the operator rule is checked either way).
 */
@ApplicationScoped
@Transactional
public class EstablishNetwork {

    public record Command(Actor actor, Ern ern) {
        public Command {
            Require.present(actor, "actor");
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

    /** @throws org.opencpms.domain.reference.NotOperator {@code operator.required} unless the actor is an operator */
    public void handle(Command cmd) {
        PlatformRoles.requireOperator(cmd.actor());
        if (networks.find(cmd.ern()).isPresent()) {
            return;
        }
        var network = Network.establish(cmd.ern(), cmd.actor(), clock.instant());
        networks.save(network);
        events.publish(network.pullEvents());
        auditing.record(cmd.actor(), AuditAction.CREATE, "Network", cmd.ern().code(), null, "reference data");
    }
}
