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

/**
 * The deployment (its configuration or the training data set) registers a centre in an EU/EEA
 * country. Reference data: no user role does this, so the command names no actor and the audit
 * entry names the system.
 */
@ApplicationScoped
@Transactional
public class RegisterHealthcareProvider {

    public record Command(String name, Country country) {
        public Command {
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

    public ProviderId handle(Command cmd) {
        var provider = HealthcareProvider.register(ProviderId.random(), cmd.name(), cmd.country(), clock.instant());
        providers.save(provider);
        events.publish(provider.pullEvents());
        auditing.record(null, AuditAction.CREATE, "HealthcareProvider", provider.id(), null, "reference data");
        return provider.id();
    }
}
