package org.opencpms.application.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.HealthcareProviders;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/** A platform operator corrects a centre's name or country. */
@ApplicationScoped
@Transactional
public class UpdateHealthcareProvider {

    /** @param expectedVersion the centre's version the caller read, or null for no check */
    public record Command(Actor actor, ProviderId provider, Long expectedVersion, String name, Country country) {
        public Command {
            Require.present(actor, "actor");
            Require.present(provider, "provider");
            Require.present(name, "provider-name");
            Require.present(country, "country");
        }
    }

    private final HealthcareProviders providers;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public UpdateHealthcareProvider(HealthcareProviders providers, DomainEvents events, Auditing auditing,
                                    Clock clock) {
        this.providers = providers;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.reference.HealthcareProviderNotFound {@code healthcare-provider.not-found}
     * @throws ConcurrentUpdate {@code healthcare-provider.concurrent-update} if it changed since {@code expectedVersion}
     * @throws org.opencpms.domain.reference.NotOperator {@code operator.required} unless the actor is an operator
     */
    public void handle(Command cmd) {
        var provider = providers.get(cmd.provider());
        ConcurrentUpdate.check("healthcare-provider", provider.id(), cmd.expectedVersion(), provider.version());
        provider.update(cmd.name(), cmd.country(), cmd.actor(), clock.instant());
        providers.save(provider);
        events.publish(provider.pullEvents());
        auditing.record(cmd.actor(), AuditAction.UPDATE, "HealthcareProvider", provider.id(), null, "reference data");
    }
}
