package org.opencpms.adapters.persistence.imaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

/**
 * De-identified imaging studies in the {@code imaging_study} table, one row per study, keyed by its
 * (pseudonymous) study instance UID; the patient is referred to by its pseudonymous id only, the
 * panel a study is attached to by a foreign key to {@code panel}.
 *
 * <p>Invariants: {@link #save} inserts a study the first time and replaces what is known of it
 * afterwards, keeping its place in the arrival order; two first saves of the same study racing
 * each other end in one success and one {@link ConcurrentUpdate} ({@code study.concurrent-update}).
 * {@link #ofPatient} and {@link #attachedTo} list studies in arrival order from the
 * {@code (patient_id, ...)} and {@code (panel_id, ...)} indexes. Times are kept to the microsecond,
 * the precision of {@code TIMESTAMP WITH TIME ZONE}.
 */
@ApplicationScoped
public class JpaImageArchive implements ImageArchive {

    private static final String AGGREGATE = "study";

    private final EntityManager em;

    @Inject
    public JpaImageArchive(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<ImagingStudy> find(StudyInstanceUid uid) {
        return Optional.ofNullable(em.find(ImagingStudyEntity.class, uid.value())).map(JpaImageArchive::toStudy);
    }

    /** {@code SELECT ... FOR UPDATE} of the study's row. */
    @Override
    public Optional<ImagingStudy> findForUpdate(StudyInstanceUid uid) {
        return Optional.ofNullable(em.find(ImagingStudyEntity.class, uid.value(), LockModeType.PESSIMISTIC_WRITE))
                .map(JpaImageArchive::toStudy);
    }

    @Override
    public void save(ImagingStudy study) {
        ImagingStudyEntity row = em.find(ImagingStudyEntity.class, study.uid().value());
        if (row == null) {
            row = new ImagingStudyEntity();
            row.uid = study.uid().value();
            copy(study, row);
            em.persist(row);
        } else {
            copy(study, row);
        }
        Stores.flush(em, AGGREGATE, study.uid().value(), () -> new ConcurrentUpdate(AGGREGATE, study.uid().value()));
    }

    @Override
    public List<ImagingStudy> ofPatient(PatientId patient) {
        return em.createQuery("select s from ImagingStudy s where s.patientId = :patient order by s.receivedAt, s.seq",
                        ImagingStudyEntity.class)
                .setParameter("patient", patient.value())
                .getResultList().stream().map(JpaImageArchive::toStudy).toList();
    }

    @Override
    public List<ImagingStudy> attachedTo(PanelId panel) {
        return em.createQuery("select s from ImagingStudy s where s.panelId = :panel order by s.receivedAt, s.seq",
                        ImagingStudyEntity.class)
                .setParameter("panel", panel.value())
                .getResultList().stream().map(JpaImageArchive::toStudy).toList();
    }

    private static void copy(ImagingStudy study, ImagingStudyEntity row) {
        row.patientId = study.patient().value();
        row.panelId = study.attachedTo().map(PanelId::value).orElse(null);
        row.modalities = study.modalities();
        row.seriesCount = study.seriesCount();
        row.instanceCount = study.instanceCount();
        row.receivedAt = study.receivedAt().atOffset(ZoneOffset.UTC);
    }

    private static ImagingStudy toStudy(ImagingStudyEntity row) {
        return new ImagingStudy(new StudyInstanceUid(row.uid), new PatientId(row.patientId),
                row.panelId == null ? null : new PanelId(row.panelId), row.modalities, row.seriesCount, row.instanceCount,
                row.receivedAt.toInstant());
    }
}
