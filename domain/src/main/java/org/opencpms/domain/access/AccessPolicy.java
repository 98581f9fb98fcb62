package org.opencpms.domain.access;

import java.util.Collection;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Role;

/**
 * Decides what an actor may see of patients and panels, in the deployment's
 * {@link IdentityVisibility} mode. Stateless and thread-safe. The invariants are those of the
 * package documentation.
 */
public final class AccessPolicy {

    private final IdentityVisibility mode;

    public AccessPolicy(IdentityVisibility mode) {
        this.mode = Require.present(mode, "identity-visibility");
    }

    /** The default policy: strict mode. */
    public static AccessPolicy strict() {
        return new AccessPolicy(IdentityVisibility.STRICT);
    }

    public IdentityVisibility mode() {
        return mode;
    }

    /** Whether the actor sees the patient's identifying data (names, birth date, identifiers). */
    public boolean seesIdentity(Actor actor, Patient patient) {
        if (patient.isHandledBy(actor)) {
            return true;
        }
        return mode == IdentityVisibility.CENTRE && worksAt(actor, patient.centre());
    }

    /**
     * Whether the actor may see the patient at all: with identity when {@link #seesIdentity}, or
     * pseudonymously because they may see one of the patient's panels.
     */
    public boolean mayViewPatient(Actor actor, Patient patient, Collection<Panel> panelsOfPatient) {
        return seesIdentity(actor, patient)
                || panelsOfPatient.stream().anyMatch(panel -> mayViewPanel(actor, panel, patient));
    }

    /** Whether the actor may list the patients of a centre (each shown as {@link #seesIdentity} allows). */
    public boolean mayListPatientsAt(Actor actor, ProviderId centre) {
        return worksAt(actor, centre);
    }

    /** Whether the actor may see the (pseudonymous) panel. */
    public boolean mayViewPanel(Actor actor, Panel panel, Patient patient) {
        if (panel.state() == PanelState.DELETED) {
            return false;
        }
        Ern ern = panel.leadErn();
        return panel.isParticipant(actor.id())
                || panel.hasPendingInvitation(actor.id())
                || actor.assemblesPanelsFor(ern)
                || actor.isPanelManagerIn(ern)
                || actor.isAssistantOf(panel.lead(), panel.patientCentre())
                || seesIdentity(actor, patient);
    }

    /** @throws AccessForbidden {@code access.patient-forbidden} unless {@link #mayViewPatient} */
    public void requireViewPatient(Actor actor, Patient patient, Collection<Panel> panelsOfPatient) {
        if (!mayViewPatient(actor, patient, panelsOfPatient)) {
            throw new AccessForbidden("access.patient-forbidden", "you may not see this patient");
        }
    }

    /** @throws AccessForbidden {@code access.panel-forbidden} unless {@link #mayViewPanel} */
    public void requireViewPanel(Actor actor, Panel panel, Patient patient) {
        if (!mayViewPanel(actor, panel, patient)) {
            throw new AccessForbidden("access.panel-forbidden", "you may not see this panel");
        }
    }

    /** @throws AccessForbidden {@code access.patient-list-forbidden} unless {@link #mayListPatientsAt} */
    public void requireListPatientsAt(Actor actor, ProviderId centre) {
        if (!mayListPatientsAt(actor, centre)) {
            throw new AccessForbidden("access.patient-list-forbidden", "you may not list the patients of this centre");
        }
    }

    /** Coordinators read the KPIs and activity report of their ERN; {@code ern == null} asks for all ERNs. */
    public void requireReadKpis(Actor actor, Ern ern) {
        boolean allowed = ern == null ? actor.has(Role.COORDINATOR) : actor.isCoordinatorOf(ern);
        if (!allowed) {
            throw new AccessForbidden("access.kpi-forbidden", "only a coordinator reads KPIs");
        }
    }

    /** Researchers alone read the anonymised research data set. */
    public void requireResearchAccess(Actor actor) {
        if (!actor.isResearcher()) {
            throw new AccessForbidden("access.research-forbidden", "only researchers read the research data set");
        }
    }

    /** Auditors read the audit trail. */
    public void requireReadAudit(Actor actor) {
        if (!actor.isAuditor()) {
            throw new AccessForbidden("access.audit-forbidden", "only auditors read the audit trail");
        }
    }

    /**
     * The audit trail of one patient (GDPR Art. 15 right of access) is exported by auditors or by
     * those who see the patient's identity, who answer the patient's request.
     */
    public void requireExportPatientAudit(Actor actor, Patient patient) {
        if (!actor.isAuditor() && !seesIdentity(actor, patient)) {
            throw new AccessForbidden("access.audit-forbidden", "you may not export this patient's audit trail");
        }
    }

    private static boolean worksAt(Actor actor, ProviderId centre) {
        return actor.isHealthProfessionalAt(centre) || actor.grants().stream()
                .anyMatch(g -> g.role() == Role.CENTRE_ASSISTANT && centre.equals(g.centre()));
    }
}
