package org.opencpms.application.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * Those who may list a patient's consents ({@link ListConsents}) read one of them on its own: the resource behind
 * the {@code Location} of a recorded consent, with the version a withdrawal sends back.
 */
@ApplicationScoped
@Transactional
public class ViewConsent {

    public record Query(Actor actor, ConsentId consent) {
        public Query {
            Require.present(actor, "actor");
            Require.present(consent, "consent");
        }
    }

    private final Patients patients;
    private final Consents consents;
    private final AccessPolicy policy;
    private final Auditing auditing;
    private final Clock clock;

    @Inject
    public ViewConsent(Patients patients, Consents consents, AccessPolicy policy, Auditing auditing, Clock clock) {
        this.patients = patients;
        this.consents = consents;
        this.policy = policy;
        this.auditing = auditing;
        this.clock = clock;
    }

    /**
     * @throws org.opencpms.domain.consent.ConsentNotFound {@code consent.not-found}
     * @throws org.opencpms.domain.access.AccessForbidden {@code consent.list-forbidden} unless the actor sees the
     *         patient's identity
     */
    public ConsentView handle(Query query) {
        var consent = consents.get(query.consent());
        var patient = patients.get(consent.patient());
        policy.requireListConsents(query.actor(), patient);
        auditing.record(query.actor(), AuditAction.READ, "Consent", consent.id(), patient.id(), "view consent");
        return ConsentView.of(consent, clock.instant());
    }
}
