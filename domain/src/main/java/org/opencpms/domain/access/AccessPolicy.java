package org.opencpms.domain.access;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.PanelNotFound;
import org.opencpms.domain.panel.PanelState;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.PatientNotFound;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.Role;
import org.opencpms.domain.user.RoleGrant;

/**
 * Decides what an actor may see of patients, their consent records and panels, of user accounts
 * and access requests, and of KPIs, research data and the audit trail, in the deployment's
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

    /**
     * A patient the actor may not see does not exist for them: the refusal is the very failure an unknown id gets, so
     * that nobody learns which ids are real.
     *
     * @throws PatientNotFound {@code patient.not-found} unless {@link #mayViewPatient}
     */
    public void requireViewPatient(Actor actor, Patient patient, Collection<Panel> panelsOfPatient) {
        if (!mayViewPatient(actor, patient, panelsOfPatient)) {
            throw new PatientNotFound(patient.id());
        }
    }

    /**
     * A panel the actor may not see does not exist for them, as {@link #requireViewPatient} a patient.
     *
     * @throws PanelNotFound {@code panel.not-found} unless {@link #mayViewPanel}
     */
    public void requireViewPanel(Actor actor, Panel panel, Patient patient) {
        if (!mayViewPanel(actor, panel, patient)) {
            throw new PanelNotFound(panel.id());
        }
    }

    /** @throws AccessForbidden {@code access.patient-list-forbidden} unless {@link #mayListPatientsAt} */
    public void requireListPatientsAt(Actor actor, ProviderId centre) {
        if (!mayListPatientsAt(actor, centre)) {
            throw AccessForbidden.patientList();
        }
    }

    /**
     * The consent records of a patient (forms, signed documents, withdrawal reasons) are listed only
     * to those who {@link #seesIdentity see the patient's identity}.
     *
     * @throws AccessForbidden {@code consent.list-forbidden}
     */
    public void requireListConsents(Actor actor, Patient patient) {
        if (!seesIdentity(actor, patient)) {
            throw new AccessForbidden(AccessForbidden.CONSENT_LIST,
                    "only those who handle the patient see their consent records");
        }
    }

    /**
     * A user account (profile, grants, preferences) is seen by that user and by coordinators, who
     * decide access and grant roles.
     *
     * @throws AccessForbidden {@code access.user-forbidden}
     */
    public void requireViewUser(Actor actor, UserId user) {
        if (!actor.id().equals(user) && !actor.isCoordinator()) {
            throw new AccessForbidden(AccessForbidden.USER,
                    "only the user themselves or a coordinator sees this account");
        }
    }

    /**
     * The access requests waiting in an ERN, with who asks, are seen by the coordinators of that ERN,
     * who decide them.
     *
     * @throws AccessForbidden {@code access-request.list-forbidden}
     */
    public void requireListAccessRequests(Actor actor, Ern ern) {
        if (!actor.isCoordinatorOf(ern)) {
            throw new AccessForbidden(AccessForbidden.ACCESS_REQUEST_LIST,
                    "only a coordinator of " + ern.code() + " sees its access requests");
        }
    }

    /** Coordinators read the KPIs and activity report of their ERN; {@code ern == null} asks for all ERNs. */
    public void requireReadKpis(Actor actor, Ern ern) {
        boolean allowed = ern == null ? actor.has(Role.COORDINATOR) : actor.isCoordinatorOf(ern);
        if (!allowed) {
            throw new AccessForbidden(AccessForbidden.KPI, "only a coordinator reads KPIs");
        }
    }

    /** Researchers alone read the anonymised research data set. */
    public void requireResearchAccess(Actor actor) {
        if (!actor.isResearcher()) {
            throw new AccessForbidden(AccessForbidden.RESEARCH, "only researchers read the research data set");
        }
    }

    /** Auditors read the audit trail. */
    public void requireReadAudit(Actor actor) {
        if (!actor.isAuditor()) {
            throw new AccessForbidden(AccessForbidden.AUDIT, "only auditors read the audit trail");
        }
    }

    /**
     * The part of the audit trail an auditor reads: the entries concerning the patients of the ERNs of their
     * auditor grants, or, for a network-wide auditor, all of it (then empty).
     *
     * @throws AccessForbidden {@code access.audit-forbidden} unless the actor is an auditor
     */
    public Optional<Set<Ern>> auditedErns(Actor actor) {
        requireReadAudit(actor);
        return actor.isNetworkWideAuditor() ? Optional.empty() : Optional.of(actor.ernsAs(Role.AUDITOR));
    }

    /**
     * The ERNs whose panels' patients a researcher's export holds: those of their researcher grants.
     *
     * @throws AccessForbidden {@code access.research-forbidden} unless the actor is a researcher
     */
    public Set<Ern> researchedErns(Actor actor) {
        requireResearchAccess(actor);
        return actor.ernsAs(Role.RESEARCHER);
    }

    /**
     * The audit trail of one patient (GDPR Art. 15 right of access) is exported by those who see the patient's
     * identity, who answer the patient's request, by a network-wide auditor, and by an auditor of an ERN in which one
     * of the patient's panels is led.
     */
    public void requireExportPatientAudit(Actor actor, Patient patient, Collection<Panel> panelsOfPatient) {
        var audits = actor.isNetworkWideAuditor() || panelsOfPatient.stream()
                .anyMatch(panel -> actor.ernsAs(Role.AUDITOR).contains(panel.leadErn()));
        if (!audits && !seesIdentity(actor, patient)) {
            throw new AccessForbidden(AccessForbidden.AUDIT, "you may not export this patient's audit trail");
        }
    }

    /**
     * Whether the actor may see a de-identified imaging study of the patient: they work at the patient's centre (which
     * sent it), or may see the panel it is attached to ({@code attachedTo}, empty if it is attached to none).
     */
    public boolean mayViewStudy(Actor actor, Patient patient, Optional<Panel> attachedTo) {
        return worksAt(actor, patient.centre()) || attachedTo.map(panel -> mayViewPanel(actor, panel, patient)).orElse(false);
    }

    /**
     * Whether the actor may look at the patient's instances in quarantine and release them to the archive: those who
     * handle the patient (the enrolling HP and their assistant, who sent the images and judge what the pixels show).
     */
    public boolean mayReleaseFromQuarantine(Actor actor, Patient patient) {
        return patient.isHandledBy(actor);
    }

    /** The centres whose images the actor may send (DICOMweb STOW-RS): those where they work, in no special order. */
    public Set<ProviderId> imagingCentresOf(Actor actor) {
        return actor.grants().stream().map(RoleGrant::centre).filter(c -> c != null && worksAt(actor, c))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    private static boolean worksAt(Actor actor, ProviderId centre) {
        return actor.isHealthProfessionalAt(centre) || actor.grants().stream()
                .anyMatch(g -> g.role() == Role.CENTRE_ASSISTANT && centre.equals(g.centre()));
    }
}
