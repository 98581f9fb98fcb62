package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.coding.CodedEntry;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * The panel lead (or the lead's centre assistant) adds one coded diagnosis or phenotype to the consultation form,
 * e.g. as a hospital system pushes a Condition or an HPO-coded Observation; the rest of the form stays as it is, and
 * the form's own rules hold (edited by the lead only, until sign-off; the code well formed in its system); the patient
 * the caller names must be the panel's ({@code subject.invalid}).
 */
@ApplicationScoped
@Transactional
public class AddCodedEntry {

    /** Where the entry goes in the form. */
    public enum Kind { DIAGNOSIS, PHENOTYPE }

    /** @param subject the patient the caller says the entry is about, or null when the caller does not say */
    public record Command(Actor actor, PanelId panel, PatientId subject, Kind kind, CodedEntry entry) {
        public Command {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(kind, "coded-entry-kind");
            Require.present(entry, "coded-entry");
        }
    }

    private final PanelChanges changes;

    @Inject
    public AddCodedEntry(Panels panels, Patients patients, AccessPolicy policy, DomainEvents events,
                         Auditing auditing, Clock clock) {
        this.changes = new PanelChanges(panels, patients, policy, events, auditing, clock);
    }

    /**
     * @return the panel as the actor sees it after the change
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.not-lead}
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.not-allowed-in-state}
     * @throws org.opencpms.domain.shared.InvalidValue {@code subject.invalid}
     */
    public Optional<PanelView> handle(Command cmd) {
        return changes.change(cmd.panel(), null, cmd.actor(), AuditAction.UPDATE,
                "add coded " + cmd.kind().name().toLowerCase(Locale.ROOT),
                (panel, now) -> {
                    panel.editForm(cmd.actor(), with(panel.form(), cmd.kind(), cmd.entry()), now);
                    SameSubject.require(panel, cmd.subject());
                });
    }

    private static ConsultationForm with(ConsultationForm form, Kind kind, CodedEntry entry) {
        var diagnoses = new ArrayList<>(form.diagnoses());
        var phenotypes = new ArrayList<>(form.phenotypes());
        (kind == Kind.DIAGNOSIS ? diagnoses : phenotypes).add(entry);
        return form.withCodedEntries(diagnoses, phenotypes);
    }
}
