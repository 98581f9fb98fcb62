package org.opencpms.application.panel;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.panel.Attachment;
import org.opencpms.domain.panel.ConsultationForm;
import org.opencpms.domain.panel.Panel;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.shared.DomainEvents;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * The panel lead (or the lead's centre assistant) attaches a de-identified imaging study of the
 * panel's patient, received by the image archive, to the consultation form's attachments.
 */
@ApplicationScoped
@Transactional
public class AttachImagingStudy {

    /**
     * @param expectedVersion the panel's version the caller read, or null for no check
     * @param study           the (pseudonymous) study instance UID the archive knows the study by
     * @param title           how the form lists the study
     */
    public record Command(Actor actor, PanelId panel, Long expectedVersion, StudyInstanceUid study, String title) {
        public Command {
            Require.present(actor, "actor");
            Require.present(panel, "panel");
            Require.present(study, "study-uid");
        }
    }

    private final ImageArchive archive;
    private final PanelChanges changes;

    @Inject
    public AttachImagingStudy(Panels panels, ImageArchive archive, DomainEvents events, Auditing auditing,
                              Clock clock) {
        this.archive = archive;
        this.changes = new PanelChanges(panels, events, auditing, clock);
    }

    /**
     * The form is changed first, so that the panel decides who may attach and when; the study is
     * checked against the panel afterwards.
     *
     * @throws org.opencpms.domain.panel.PanelNotFound {@code panel.not-found}
     * @throws org.opencpms.domain.shared.ConcurrentUpdate {@code panel.concurrent-update} if it changed since
     *         {@code expectedVersion}
     * @throws org.opencpms.domain.shared.NotFound {@code study.not-found}
     * @throws org.opencpms.domain.panel.PanelForbidden {@code panel.not-lead}
     * @throws org.opencpms.domain.panel.PanelRuleViolation {@code panel.not-allowed-in-state}
     * @throws StudyOfAnotherPatient {@code study.other-patient}
     * @throws StudyAlreadyAttached {@code study.already-attached}
     */
    public void handle(Command cmd) {
        var study = archive.get(cmd.study());
        changes.change(cmd.panel(), cmd.expectedVersion(), cmd.actor(), AuditAction.UPDATE, "attach imaging study",
                (panel, now) -> {
                    panel.editForm(cmd.actor(), withAttachment(panel.form(),
                            Attachment.imagingStudy(study.uid().value(), cmd.title())), now);
                    requireAttachable(study, panel);
                });
        archive.save(study.attachTo(cmd.panel()));
    }

    private static void requireAttachable(ImagingStudy study, Panel panel) {
        if (!study.patient().equals(panel.patient())) {
            throw new StudyOfAnotherPatient();
        }
        if (study.attachedTo().isPresent()) {
            throw new StudyAlreadyAttached();
        }
    }

    private static ConsultationForm withAttachment(ConsultationForm form, Attachment attachment) {
        var attachments = new ArrayList<>(form.attachments());
        attachments.add(attachment);
        return new ConsultationForm(form.reasonForRequest(), form.clinicalQuestion(), form.urgent(), form.sections(),
                form.diagnoses(), form.phenotypes(), form.customData(), attachments, form.pedigree());
    }
}
