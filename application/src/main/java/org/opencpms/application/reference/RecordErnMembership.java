package org.opencpms.application.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProviders;
import org.opencpms.domain.reference.MembershipType;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A platform operator records that a centre joined an ERN (as full member, affiliated or associated
 * partner), changed its type of membership, or left it.
 */
@ApplicationScoped
@Transactional
public class RecordErnMembership {

    /**
     * @param type            the membership the centre now holds, or null when it leaves the ERN
     * @param expectedVersion the provider's version the caller read, or null for no check
     */
    public record Command(Actor actor, ProviderId provider, Long expectedVersion, Ern ern, MembershipType type) {
        public Command {
            Require.present(actor, "actor");
            Require.present(provider, "provider");
            Require.present(ern, "ern");
        }

        public static Command join(Actor actor, ProviderId provider, Ern ern, MembershipType type) {
            return new Command(actor, provider, null, ern, Require.present(type, "membership-type"));
        }

        public static Command leave(Actor actor, ProviderId provider, Ern ern) {
            return new Command(actor, provider, null, ern, null);
        }
    }

    private final HealthcareProviders providers;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public RecordErnMembership(HealthcareProviders providers, DomainEvents events, Auditing auditing, Clock clock) {
        this.providers = providers;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.reference.HealthcareProviderNotFound {@code healthcare-provider.not-found}
     * @throws ConcurrentUpdate {@code healthcare-provider.concurrent-update} if it changed since {@code expectedVersion}
     * @throws org.opencpms.domain.reference.NotOperator {@code operator.required} unless the actor is an operator
     * @throws org.opencpms.domain.reference.MembershipConflict {@code healthcare-provider.already-member} or
     *         {@code healthcare-provider.not-a-member}
     */
    public void handle(Command cmd) {
        var provider = providers.get(cmd.provider());
        ConcurrentUpdate.check("healthcare-provider", provider.id(), cmd.expectedVersion(), provider.version());
        if (cmd.type() == null) {
            provider.leave(cmd.ern(), cmd.actor(), clock.instant());
        } else {
            provider.join(cmd.ern(), cmd.type(), cmd.actor(), clock.instant());
        }
        providers.save(provider);
        events.publish(provider.pullEvents());
        auditing.record(cmd.actor(), AuditAction.UPDATE, "HealthcareProvider", provider.id(), null,
                "membership of " + cmd.ern().code());
    }
}
