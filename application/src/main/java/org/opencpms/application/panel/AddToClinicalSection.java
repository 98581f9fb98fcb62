package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.panel.ReceivedRecord;
import org.opencpms.domain.panel.SectionKind;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * The panel lead (or the lead's centre assistant) adds a paragraph to one clinical section of the consultation form,
 * e.g. as a hospital system pushes a laboratory result, a diagnostic report or a family member's history; the rest of
 * the form stays as it is, and the form's own rules hold (edited by the lead only, until sign-off; a section at most
 * {@link org.opencpms.domain.panel.PanelLimits#TEXT} characters). When the caller names the patient the data is about,
 * it must be the panel's patient ({@code subject.invalid}), checked only once the caller is known to be the lead.
 * When the text describes structured records (a laboratory result or a report's results, a relative for the
 * pedigree), they are kept in the form beside it, in order, in the same change ({@link ConsultationForm#withRecord}).
 */
@ApplicationScoped
@Transactional
public class AddToClinicalSection {

    /**
     * @param subject the patient the caller says the text is about; null when the caller does not say
     * @param records the structured records the text describes (a report's laboratory results, a relative), in order;
     *                empty for text alone
     */
    public record Command(Actor actor, PanelId panel, PatientId subject, SectionKind section, String text,
                          List<ReceivedRecord> records) {
        public Command {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(section, "clinical-section");
            Require.present(text, "clinical-section");
            records = List.copyOf(Require.present(records, "received-record"));
        }

        /** Text alone. */
        public Command(Actor actor, PanelId panel, PatientId subject, SectionKind section, String text) {
            this(actor, panel, subject, section, text, List.of());
        }
    }

    private final PanelChanges changes;

    @Inject
    public AddToClinicalSection(Panels panels, Patients patients, AccessPolicy policy, DomainEvents events,
                                Auditing auditing, Clock clock) {
        this.changes = new PanelChanges(panels, patients, policy, events, auditing, clock);
    }

    /**
     * @return the panel as the actor sees it after the change
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.not-lead}
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.not-allowed-in-state}
     * @throws InvalidValue {@code subject.invalid}, {@code clinical-section.invalid}
     */
    public Optional<PanelView> handle(Command cmd) {
        return changes.change(cmd.panel(), null, cmd.actor(), AuditAction.UPDATE,
                "add to " + cmd.section().name().toLowerCase(Locale.ROOT).replace('_', ' '), (panel, now) -> {
                    var form = panel.form().withAddedText(cmd.section(), cmd.text());
                    for (var record : cmd.records()) {
                        form = form.withRecord(record);
                    }
                    panel.editForm(cmd.actor(), form, now);
                    SameSubject.require(panel, cmd.subject());
                });
    }
}
