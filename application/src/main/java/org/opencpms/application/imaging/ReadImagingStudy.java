package org.opencpms.application.imaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.imaging.ImagingInstances;
import org.opencpms.domain.imaging.InstanceFiles;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A viewer opens one de-identified study (DICOMweb WADO-RS, and QIDO-RS within a study): its instances on the archive
 * shelf, to read as the caller needs.
 *
 * <p>Invariants: only those {@link AccessPolicy#mayViewStudy} allows get it (the members of the panel it is
 * attached to, and the centre that sent it); everybody else gets {@code study.not-found}, as for a UID that does not
 * exist; quarantined instances are never listed; every opening is audited with the study's patient.
 */
@ApplicationScoped
@Transactional
public class ReadImagingStudy {

    public record Query(Actor actor, StudyInstanceUid study) {
        public Query {
            Require.present(actor, "actor");
            Require.present(study, "study-uid");
        }
    }

    private final VisibleStudies studies;
    private final Auditing auditing;

    @Inject
    public ReadImagingStudy(ImageArchive archive, ImagingInstances instances, InstanceFiles files, Panels panels,
                            Patients patients, AccessPolicy policy, Auditing auditing) {
        this.studies = new VisibleStudies(archive, instances, files, panels, patients, policy);
        this.auditing = auditing;
    }

    /** @throws org.opencpms.domain.imaging.StudyNotFound {@code study.not-found}, also for one the actor may not see */
    public ArchivedStudy handle(Query query) {
        var study = studies.get(query.actor(), query.study());
        auditing.record(query.actor(), AuditAction.READ, "ImagingStudy", study.study().uid().value(),
                study.study().patient(), "open imaging study");
        return study;
    }
}
