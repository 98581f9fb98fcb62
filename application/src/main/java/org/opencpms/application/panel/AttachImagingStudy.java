package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * The panel lead (or the lead's centre assistant) attaches a de-identified imaging study of the
 * panel's patient, received by the image archive, to the panel, which lists it among the
 * consultation form's attachments. A patient the caller names as the study's subject must be the panel's
 * ({@code subject.invalid}), checked only once the caller is known to be allowed the change.
 */
@ApplicationScoped
@Transactional
public class AttachImagingStudy {

    /**
     * @param expectedVersion the panel's version the caller read, or null for no check
     * @param study           the (pseudonymous) study instance UID the archive knows the study by
     * @param title           how the form lists the study
     * @param subject         the patient the caller says the study is about; null when the caller does not say
     */
    public record Command(Actor actor, PanelId panel, Long expectedVersion, StudyInstanceUid study, String title,
                          PatientId subject) {
        public Command {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(study, "study-uid");
        }

        /** A caller that does not say whom the study is about. */
        public Command(Actor actor, PanelId panel, Long expectedVersion, StudyInstanceUid study, String title) {
            this(actor, panel, expectedVersion, study, title, null);
        }
    }

    private final ImageArchive archive;
    private final PanelChanges changes;

    @Inject
    public AttachImagingStudy(Panels panels, Patients patients, AccessPolicy policy, ImageArchive archive,
                              DomainEvents events, Auditing auditing, Clock clock) {
        this.archive = archive;
        this.changes = new PanelChanges(panels, patients, policy, events, auditing, clock);
    }

    /**
     * The panel is loaded and its version checked first, then the study; the panel decides who may
     * attach it, when, and whether it may be attached, and the archive records it as attached, in the
     * same transaction as the panel's change.
     *
     * @return the panel as the actor sees it after the change
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}
     * @throws org.opencpms.domain.shared.ConcurrentUpdate {@code panel.concurrent-update} if it changed since
     *         {@code expectedVersion}
     * @throws org.opencpms.domain.imaging.StudyNotFound {@code study.not-found}
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.not-lead}
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.not-allowed-in-state}
     * @throws org.opencpms.domain.imaging.StudyOfAnotherPatient {@code study.other-patient}
     * @throws org.opencpms.domain.imaging.StudyAlreadyAttached {@code study.already-attached} if it is attached to
     *         another panel
     * @throws org.opencpms.domain.panel.PanelConflict {@code panel.study-already-listed} if the form lists it
     * @throws org.opencpms.domain.shared.InvalidValue {@code subject.invalid}
     */
    public Optional<PanelView> handle(Command cmd) {
        return changes.change(cmd.panel(), cmd.expectedVersion(), cmd.actor(), AuditAction.UPDATE,
                "attach imaging study", (panel, now) -> {
                    var attached = panel.attachStudy(archive.get(cmd.study()), cmd.title(), cmd.actor(), now);
                    SameSubject.require(panel, cmd.subject());
                    archive.save(attached);
                });
    }
}
