package org.opencpms.application.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.ConsentNotFound;
import org.opencpms.domain.consent.Consents;
import org.opencpms.domain.panel.PanelNotFound;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.PatientNotFound;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.NotFound;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * Decides how a request that failed on a patient, a panel or a consent is answered to its caller: someone who may not
 * see the target at all (see {@link AccessPolicy#mayViewPatient} and {@link AccessPolicy#mayViewPanel}; a consent is
 * seen by whoever sees its patient) must learn nothing from the failure, not even that the id is real, so they get
 * the target's own not-found failure, the one an unknown id gets. Whoever may see the target gets the failure as it
 * was (e.g. 403 for a member who may not finalise the outcome). An edge consults it for every business failure of a
 * request addressed to such a target: an action's own rules may be checked before the visibility of the target
 * (a state rule before who may act, a version before anything), and each would otherwise tell that the id exists.
 * Reads only; audits nothing (the failed request changed nothing).
 */
@ApplicationScoped
@Transactional
public class ConcealFromOutsiders {

    /** What a request was addressed to. */
    public enum Kind { PATIENT, PANEL, CONSENT }

    public record Query(Actor actor, Kind kind, UUID id) {
        public Query {
            Require.present(actor, "actor");
            Require.present(kind, "kind");
            Require.present(id, "id");
        }
    }

    private final Patients patients;
    private final Panels panels;
    private final Consents consents;
    private final AccessPolicy policy;

    @Inject
    public ConcealFromOutsiders(Patients patients, Panels panels, Consents consents, AccessPolicy policy) {
        this.patients = patients;
        this.panels = panels;
        this.consents = consents;
        this.policy = policy;
    }

    /** The not-found failure to answer instead, when the actor may not see the target (or it does not exist). */
    public Optional<NotFound> handle(Query query) {
        return switch (query.kind()) {
            case PATIENT -> seesPatient(query.actor(), new PatientId(query.id()))
                    ? Optional.empty() : Optional.of(new PatientNotFound(new PatientId(query.id())));
            case PANEL -> seesPanel(query.actor(), new PanelId(query.id()))
                    ? Optional.empty() : Optional.of(new PanelNotFound(new PanelId(query.id())));
            case CONSENT -> consents.find(new ConsentId(query.id()))
                    .filter(consent -> seesPatient(query.actor(), consent.patient()))
                    .isPresent() ? Optional.empty() : Optional.of(new ConsentNotFound(new ConsentId(query.id())));
        };
    }

    private boolean seesPatient(Actor actor, PatientId id) {
        return patients.find(id)
                .filter(patient -> policy.mayViewPatient(actor, patient, panels.ofPatient(id)))
                .isPresent();
    }

    private boolean seesPanel(Actor actor, PanelId id) {
        return panels.find(id)
                .filter(panel -> patients.find(panel.patient())
                        .filter(patient -> policy.mayViewPanel(actor, panel, patient)).isPresent())
                .isPresent();
    }
}
