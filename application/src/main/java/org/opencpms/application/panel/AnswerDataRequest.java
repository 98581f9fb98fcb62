package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.DataRequestId;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * The panel lead (or the lead's centre assistant) answers a member's request for additional data, possibly
 * adding documents or imaging studies.
 */
@ApplicationScoped
@Transactional
public class AnswerDataRequest {

    /**
     * @param expectedVersion the panel's version the caller read, or null for no check
     * @param attachments     what the answer adds to the case (none when null)
     */
    public record Command(Actor actor, PanelId panel, Long expectedVersion, DataRequestId request, String text,
                          List<Attachment> attachments) {
        public Command {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(request, "data-request");
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }
    }

    private final PanelChanges changes;

    @Inject
    public AnswerDataRequest(Panels panels, Patients patients, AccessPolicy policy, DomainEvents events,
                             Auditing auditing, Clock clock) {
        this.changes = new PanelChanges(panels, patients, policy, events, auditing, clock);
    }

    /**
     * @return the panel as the actor sees it after the change
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}
     * @throws org.opencpms.domain.shared.ConcurrentUpdate {@code panel.concurrent-update} if it changed since
     *         {@code expectedVersion}
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.not-lead}
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.not-allowed-in-state}
     * @throws org.opencpms.domain.panel.PanelItemNotFound {@code panel.data-request-not-found}
     * @throws org.opencpms.domain.panel.PanelConflict {@code panel.data-request-already-answered}
     */
    public Optional<PanelView> handle(Command cmd) {
        return changes.change(cmd.panel(), cmd.expectedVersion(), cmd.actor(), AuditAction.UPDATE,
                "answer data request",
                (panel, now) -> panel.answerDataRequest(
                        cmd.request(), cmd.actor(), cmd.text(), cmd.attachments(), now));
    }
}
