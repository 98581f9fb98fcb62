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
 * Anyone signed in (a newcomer choosing where to request access included) lists the member centres
 * of an ERN, by name.
 */
@ApplicationScoped
@Transactional
public class ListProviders {

    public record Query(Actor actor, Ern ern) {
        public Query {
            Require.present(actor, "actor");
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
        var members = providers.membersOf(query.ern()).stream()
                .map(p -> new ProviderSummary(p.id(), p.name(), p.country(), p.memberships()))
                .toList();
        auditing.record(query.actor(), AuditAction.SEARCH, "HealthcareProvider", query.ern().code(), null,
                "members of " + query.ern().code());
        return members;
    }
}
