package org.opencpms.application.imaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.opencpms.application.audit.Auditing;
import org.opencpms.domain.access.AccessPolicy;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.imaging.ImagingInstances;
import org.opencpms.domain.imaging.InstanceFiles;
import org.opencpms.domain.panel.Panels;
import org.opencpms.domain.patient.Patients;
import org.opencpms.domain.shared.Require;
import org.opencpms.domain.user.Actor;

/**
 * A viewer looks for the de-identified studies they may see (DICOMweb QIDO-RS at study level): those of the patients
 * of the centres where they work and those attached to the panels they take part in; the adapter filters them by
 * the query's keys. A study found only by its UID (someone who sees a panel without taking part in it) is opened with
 * {@link ReadImagingStudy}.
 *
 * <p>Invariants: as {@link ReadImagingStudy}, only studies {@link AccessPolicy#mayViewStudy} allows; each study
 * listed is audited with its patient.
 */
@ApplicationScoped
@Transactional
public class SearchImagingStudies {

    public record Query(Actor actor) {
        public Query {
            Require.present(actor, "actor");
        }
    }

    private final VisibleStudies studies;
    private final Auditing auditing;

    @Inject
    public SearchImagingStudies(ImageArchive archive, ImagingInstances instances, InstanceFiles files, Panels panels,
                                Patients patients, AccessPolicy policy, Auditing auditing) {
        this.studies = new VisibleStudies(archive, instances, files, panels, patients, policy);
        this.auditing = auditing;
    }

    /** The studies the actor may see, the most recent first. */
    public List<ArchivedStudy> handle(Query query) {
        var found = studies.all(query.actor());
        found.forEach(s -> auditing.record(query.actor(), AuditAction.READ, "ImagingStudy", s.study().uid().value(),
                s.study().patient(), "search imaging studies"));
        return found;
    }
}
