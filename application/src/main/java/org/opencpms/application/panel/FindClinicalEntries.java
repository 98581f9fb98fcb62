package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.AttachmentKind;
import org.opencpms.domain.panel.LabResult;
import org.opencpms.domain.panel.Outcome;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.panel.Relative;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.patient.PseudonymId;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.user.Actor;

/**
 * The coded diagnoses, phenotypes, laboratory results, relatives and documents of consultation forms, e.g. as a hospital
 * system reads Conditions, Observations, FamilyMemberHistories and DocumentReferences back: of one panel, or of the panels of one patient, only those the caller may see
 * ({@link AccessPolicy#mayViewPanel}); a panel out of sight is {@code panel.not-found}, a patient's panels out of sight
 * are simply not found. Each panel found is audited as a {@code SEARCH} concerning its patient. The patient is named
 * pseudonymously (id, pseudonym id, nickname); the hospital's identifier is added only for those who see the
 * patient's identity (the enrolling health professional and their assistant).
 */
@ApplicationScoped
@Transactional
public class FindClinicalEntries {

    /** @param patient the patient whose panels to search, or null; @param panel the one panel, or null */
    public record Query(Actor actor, PatientId patient, PanelId panel) {
        public Query {
            if (actor == null || patient == null && panel == null) {
                throw new InvalidValue("clinical-entry-query", "name a patient or a panel");
            }
        }
    }

    /** Who the entries are about, as the caller may see them. */
    public record Subject(PatientId id, PseudonymId pseudonym, Nickname nickname,
                          Optional<HospitalIdentifier> hospitalIdentifier) {
    }

    /**
     * The coded entries, the received records (laboratory results, the family history's relatives) and the documents
     * (attachments of kind document) of one panel's consultation form, and the panel's outcome once the lead has
     * drafted one (a document too, printed by {@link PrintPanelDocument}).
     */
    public record PanelEntries(PanelId panel, Subject subject, List<CodedEntry> diagnoses,
                               List<CodedEntry> phenotypes, List<LabResult> labResults, List<Relative> relatives,
                               List<Attachment> documents, Optional<Outcome> outcome) {
    }

    private final Panels panels;
    private final Patients patients;
    private final AccessPolicy policy;
    private final VisiblePanels visiblePanels;
    private final Auditing auditing;

    @Inject
    public FindClinicalEntries(Panels panels, Patients patients, AccessPolicy policy, Auditing auditing) {
        this.panels = panels;
        this.patients = patients;
        this.policy = policy;
        this.visiblePanels = new VisiblePanels(panels, patients, policy);
        this.auditing = auditing;
    }

    /** @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found} for a named panel out of sight */
    public List<PanelEntries> handle(Query query) {
        var actor = query.actor();
        List<PanelEntries> found;
        if (query.panel() != null) {
            var visible = visiblePanels.get(actor, query.panel());
            found = query.patient() == null || query.patient().equals(visible.patient().id())
                    ? List.of(entries(actor, visible.panel(), visible.patient())) : List.of();
        } else {
            found = patients.find(query.patient()).map(patient -> panels.ofPatient(patient.id()).stream()
                    .filter(panel -> policy.mayViewPanel(actor, panel, patient))
                    .map(panel -> entries(actor, panel, patient)).toList()).orElse(List.of());
        }
        auditing.recordEach(actor, AuditAction.SEARCH, "Panel", found.stream()
                .map(e -> new Auditing.Subject(e.panel(), e.subject().id())).toList(), "find clinical entries");
        return found;
    }

    private PanelEntries entries(Actor actor, Panel panel, Patient patient) {
        var identified = policy.seesIdentity(actor, patient)
                ? Optional.of(patient.identifyingData().hospitalIdentifier()) : Optional.<HospitalIdentifier>empty();
        var subject = new Subject(patient.id(), patient.pseudonym().id(), patient.nickname(), identified);
        var form = panel.form();
        return new PanelEntries(panel.id(), subject, form.diagnoses(), form.phenotypes(), form.labResults(),
                form.relatives(), panel.attachments().stream().filter(a -> a.kind() == AttachmentKind.DOCUMENT).toList(), panel.outcome());
    }
}
