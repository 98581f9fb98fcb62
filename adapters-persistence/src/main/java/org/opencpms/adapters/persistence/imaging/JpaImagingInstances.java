package org.opencpms.adapters.persistence.imaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencpms.adapters.persistence.Stores;
import org.opencpms.domain.imaging.ContentAddress;
import org.opencpms.domain.imaging.ImagingInstance;
import org.opencpms.domain.imaging.ImagingInstances;
import org.opencpms.domain.imaging.SeriesInstanceUid;
import org.opencpms.domain.imaging.Shelf;
import org.opencpms.domain.imaging.SopInstanceUid;
import org.opencpms.domain.imaging.StoredFile;
import org.opencpms.domain.imaging.StudyContents;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.PatientId;

/**
 * The index of de-identified instances in {@code imaging_instance}, one row per instance keyed by its pseudonymous
 * SOP instance UID. {@link #save} inserts an instance the first time and replaces what is known of it afterwards,
 * keeping its place in the arrival order; two first saves of the same instance racing each other end in one
 * success and one {@link ConcurrentUpdate}. {@link #ofStudy} and {@link #visibleContentsOf} (two aggregate queries, no
 * row loaded) read the {@code (study_uid, series_uid, seq)} index.
 */
@ApplicationScoped
public class JpaImagingInstances implements ImagingInstances {

    private static final String AGGREGATE = "imaging-instance";

    private final EntityManager em;

    @Inject
    public JpaImagingInstances(EntityManager em) {
        this.em = Objects.requireNonNull(em, "em");
    }

    @Override
    public Optional<ImagingInstance> find(SopInstanceUid uid) {
        return Optional.ofNullable(em.find(ImagingInstanceEntity.class, uid.value())).map(JpaImagingInstances::toInstance);
    }

    @Override
    public void save(ImagingInstance instance) {
        ImagingInstanceEntity row = em.find(ImagingInstanceEntity.class, instance.uid().value());
        if (row == null) {
            row = new ImagingInstanceEntity();
            row.uid = instance.uid().value();
            copy(instance, row);
            em.persist(row);
        } else {
            copy(instance, row);
        }
        Stores.flush(em, AGGREGATE, instance.uid().value(),
                () -> new ConcurrentUpdate(AGGREGATE, instance.uid().value()));
    }

    @Override
    public List<ImagingInstance> ofStudy(StudyInstanceUid study) {
        return em.createQuery("select i from ImagingInstance i where i.studyUid = :study order by i.seriesUid, i.seq",
                        ImagingInstanceEntity.class)
                .setParameter("study", study.value())
                .getResultList().stream().map(JpaImagingInstances::toInstance).toList();
    }

    @Override
    public StudyContents visibleContentsOf(StudyInstanceUid study) {
        Object[] counts = em.createQuery("select count(distinct i.seriesUid), count(i) from ImagingInstance i"
                        + " where i.studyUid = :study and i.shelf = :shelf", Object[].class)
                .setParameter("study", study.value()).setParameter("shelf", Shelf.ARCHIVE.name()).getSingleResult();
        List<String> modalities = em.createQuery("select distinct i.modality from ImagingInstance i"
                        + " where i.studyUid = :study and i.shelf = :shelf order by i.modality", String.class)
                .setParameter("study", study.value()).setParameter("shelf", Shelf.ARCHIVE.name()).getResultList();
        return new StudyContents(((Number) counts[0]).intValue(), ((Number) counts[1]).intValue(), modalities);
    }

    @Override
    public List<ImagingInstance> quarantinedOf(PatientId patient) {
        return em.createQuery("select i from ImagingInstance i where i.patientId = :patient and i.shelf = :shelf"
                                + " order by i.receivedAt, i.seq", ImagingInstanceEntity.class)
                .setParameter("patient", patient.value()).setParameter("shelf", Shelf.QUARANTINE.name())
                .getResultList().stream().map(JpaImagingInstances::toInstance).toList();
    }

    private static void copy(ImagingInstance instance, ImagingInstanceEntity row) {
        row.sopClassUid = instance.sopClassUid();
        row.seriesUid = instance.series().value();
        row.studyUid = instance.study().value();
        row.patientId = instance.patient().value();
        row.modality = instance.modality();
        row.contentSha256 = instance.file().address().sha256();
        row.sizeBytes = instance.file().size();
        row.shelf = instance.shelf().name();
        row.receivedAt = instance.receivedAt().atOffset(ZoneOffset.UTC);
    }

    private static ImagingInstance toInstance(ImagingInstanceEntity row) {
        return new ImagingInstance(new SopInstanceUid(row.uid), row.sopClassUid, new SeriesInstanceUid(row.seriesUid),
                new StudyInstanceUid(row.studyUid), new PatientId(row.patientId), row.modality,
                new StoredFile(new ContentAddress(row.contentSha256), row.sizeBytes), Shelf.valueOf(row.shelf),
                row.receivedAt.toInstant());
    }
}
