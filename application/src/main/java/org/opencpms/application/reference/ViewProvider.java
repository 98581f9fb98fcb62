package org.opencpms.application.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.HealthcareProviders;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * Anyone signed in, registered or not, reads one centre, as the list of an ERN's centres shows it ({@link
 * ListProviders}): public reference data, and the resource behind the {@code Location} of a registered centre. With
 * its version, for the {@code If-Match} of a correction.
 */
@ApplicationScoped
@Transactional
public class ViewProvider {

    /** @param actor the registered user asking, or null for a signed-in subject not registered yet */
    public record Query(Actor actor, ProviderId provider) {
        public Query {
            Require.present(provider, "provider");
        }
    }

    /** The centre and its version. */
    public record Seen(ProviderSummary provider, long version) {
    }

    private final HealthcareProviders providers;
    private final Auditing auditing;

    @Inject
    public ViewProvider(HealthcareProviders providers, Auditing auditing) {
        this.providers = providers;
        this.auditing = auditing;
    }

    /** @throws org.opencpms.domain.reference.HealthcareProviderNotFound {@code healthcare-provider.not-found} */
    public Seen handle(Query query) {
        var provider = providers.get(query.provider());
        auditing.record(query.actor(), AuditAction.READ, "HealthcareProvider", provider.id(), null, "view centre");
        return new Seen(ProviderSummary.of(provider), provider.version());
    }
}
