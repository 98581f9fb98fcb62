package org.opencpms.application.reference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.reference.HealthcareProviders;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * Anyone signed in lists the member centres of an ERN, by name: public reference data. That includes a
 * subject who is not registered yet, who needs a centre to file its first access request (which registers it).
 */
@ApplicationScoped
@Transactional
public class ListProviders {

    /** @param actor the registered user asking, or null for a signed-in subject not registered yet */
    public record Query(Actor actor, Ern ern) {
        public Query {
            Require.present(ern, "ern");
        }
    }

    private final HealthcareProviders providers;
    private final Auditing auditing;

    @Inject
    public ListProviders(HealthcareProviders providers, Auditing auditing) {
        this.providers = providers;
        this.auditing = auditing;
    }

    public List<ProviderSummary> handle(Query query) {
        var members = providers.membersOf(query.ern()).stream().map(ProviderSummary::of).toList();
        auditing.record(query.actor(), AuditAction.SEARCH, "HealthcareProvider", query.ern().code(), null,
                "members of " + query.ern().code() + (query.actor() == null ? ", before registration" : ""));
        return members;
    }
}
