package org.opencpms.application.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.DiseaseGroup;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.Networks;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/** A platform operator adds a thematic disease group to an ERN. */
@ApplicationScoped
@Transactional
public class AddDiseaseGroup {

    public record Command(Actor actor, Ern ern, DiseaseGroup group) {
        public Command {
            Require.present(actor, "actor");
            Require.present(ern, "ern");
            Require.present(group, "disease-group");
        }
    }

    private final Networks networks;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public AddDiseaseGroup(Networks networks, DomainEvents events, Auditing auditing, Clock clock) {
        this.networks = networks;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.reference.NetworkNotFound {@code network.not-found} if the ERN is not established
     * @throws org.opencpms.domain.reference.NotOperator {@code operator.required} unless the actor is an operator
     * @throws org.opencpms.domain.reference.DuplicateDiseaseGroup {@code network.duplicate-disease-group}
     */
    public void handle(Command cmd) {
        var network = networks.get(cmd.ern());
        network.addDiseaseGroup(cmd.group(), cmd.actor(), clock.instant());
        networks.save(network);
        events.publish(network.pullEvents());
        auditing.record(cmd.actor(), AuditAction.UPDATE, "Network", cmd.ern().code(), null,
                "disease group " + cmd.group().code() + " added");
    }
}
