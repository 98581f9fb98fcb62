package org.opencpms.application.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Country;
import org.opencpms.domain.reference.HealthcareProvider;
import org.opencpms.domain.reference.HealthcareProviders;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/** A platform operator registers a centre in an EU/EEA country, a member of no ERN yet. */
@ApplicationScoped
@Transactional
public class RegisterHealthcareProvider {

    public record Command(Actor actor, String name, Country country) {
        public Command {
            Require.present(actor, "actor");
            Require.present(name, "provider-name");
            Require.present(country, "country");
        }
    }

    private final HealthcareProviders providers;
    private final DomainEvents events;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public RegisterHealthcareProvider(HealthcareProviders providers, DomainEvents events, Auditing auditing, Clock clock) {
        this.providers = providers;
        this.events = events;
        this.auditing = auditing;
        this.clock = clock;
    }

    /** @throws org.opencpms.domain.reference.NotOperator {@code operator.required} unless the actor is an operator */
    public ProviderId handle(Command cmd) {
        var provider = HealthcareProvider.register(ProviderId.random(), cmd.name(), cmd.country(), cmd.actor(),
                clock.instant());
        providers.save(provider);
        events.publish(provider.pullEvents());
        auditing.record(cmd.actor(), AuditAction.CREATE, "HealthcareProvider", provider.id(), null, "reference data");
        return provider.id();
    }
}
