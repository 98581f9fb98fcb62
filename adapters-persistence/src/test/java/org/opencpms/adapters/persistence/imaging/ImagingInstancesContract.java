package org.opencpms.adapters.persistence.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.imaging.ContentAddress;
import org.opencpms.domain.imaging.ImagingInstance;
import org.opencpms.domain.imaging.ImagingInstances;
import org.opencpms.domain.imaging.SeriesInstanceUid;
import org.opencpms.domain.imaging.Shelf;
import org.opencpms.domain.imaging.SopInstanceUid;
import org.opencpms.domain.imaging.StoredFile;
import org.opencpms.domain.imaging.StudyContents;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.shared.PatientId;

/** What every {@link ImagingInstances} does, whatever keeps the index. */
public abstract class ImagingInstancesContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.250001Z");
    private static final AtomicLong UIDS = new AtomicLong(System.nanoTime());

    protected abstract ImagingInstances instances();

    /** Runs the work in one transaction (or just runs it, for a store without transactions). */
    protected abstract void inTransaction(Runnable work);

    private <T> T read(Supplier<T> work) {
        var result = new AtomicReference<T>();
        inTransaction(() -> result.set(work.get()));
        return result.get();
    }

    private void save(ImagingInstance instance) {
        inTransaction(() -> instances().save(instance));
    }

    private static String newUid() {
        return "2.25." + UIDS.incrementAndGet();
    }

    private static ImagingInstance instance(StudyInstanceUid study, SeriesInstanceUid series, Shelf shelf, int second) {
        var file = new StoredFile(new ContentAddress(String.format("%064x", UIDS.incrementAndGet())), 34_000 + second);
        return new ImagingInstance(new SopInstanceUid(newUid()), "1.2.840.10008.5.1.4.1.1.2", series, study,
                PatientId.random(), "CT", file, shelf, T0.plusSeconds(second));
    }

    @Test
    void a_saved_instance_is_found_with_every_field() {
        var study = new StudyInstanceUid(newUid());
        var quarantined = instance(study, new SeriesInstanceUid(newUid()), Shelf.QUARANTINE, 1);
        var archived = instance(study, new SeriesInstanceUid(newUid()), Shelf.ARCHIVE, 2);

        save(quarantined);
        save(archived);

        assertThat(read(() -> instances().find(quarantined.uid()))).contains(quarantined);
        assertThat(read(() -> instances().find(archived.uid()))).contains(archived);
        assertThat(read(() -> instances().find(new SopInstanceUid(newUid())))).isEmpty();
    }

    @Test
    void saving_an_instance_again_replaces_what_is_known_of_it() {
        var study = new StudyInstanceUid(newUid());
        var first = instance(study, new SeriesInstanceUid(newUid()), Shelf.QUARANTINE, 1);
        save(first);
        var released = new ImagingInstance(first.uid(), first.sopClassUid(), first.series(), study, first.patient(),
                "CT", first.file(), Shelf.ARCHIVE, first.receivedAt());

        save(released);

        assertThat(read(() -> instances().ofStudy(study))).containsExactly(released);
    }

    @Test
    void the_instances_of_a_study_are_listed_by_series_then_in_the_order_they_arrived() {
        var study = new StudyInstanceUid(newUid());
        var seriesA = new SeriesInstanceUid("2.25.1" + UIDS.incrementAndGet());
        var seriesB = new SeriesInstanceUid("2.25.2" + UIDS.incrementAndGet());
        var b1 = instance(study, seriesB, Shelf.ARCHIVE, 1);
        var a1 = instance(study, seriesA, Shelf.ARCHIVE, 2);
        var b2 = instance(study, seriesB, Shelf.QUARANTINE, 3);
        var a2 = instance(study, seriesA, Shelf.ARCHIVE, 4);
        List.of(b1, a1, b2, a2).forEach(this::save);
        save(instance(new StudyInstanceUid(newUid()), seriesA, Shelf.ARCHIVE, 5));

        assertThat(read(() -> instances().ofStudy(study))).containsExactly(a1, a2, b1, b2);
        assertThat(read(() -> instances().ofStudy(new StudyInstanceUid(newUid())))).isEmpty();
    }

    @Test
    void a_study_is_counted_by_its_instances_out_of_quarantine() {
        var study = new StudyInstanceUid(newUid());
        var seriesA = new SeriesInstanceUid(newUid());
        var seriesB = new SeriesInstanceUid(newUid());
        var quarantinedSeries = new SeriesInstanceUid(newUid());
        List.of(instance(study, seriesA, Shelf.ARCHIVE, 1), instance(study, seriesA, Shelf.ARCHIVE, 2),
                withModality("MR", instance(study, seriesB, Shelf.ARCHIVE, 3)),
                withModality("US", instance(study, quarantinedSeries, Shelf.QUARANTINE, 4)),
                instance(new StudyInstanceUid(newUid()), seriesA, Shelf.ARCHIVE, 5)).forEach(this::save);

        assertThat(read(() -> instances().visibleContentsOf(study))).isEqualTo(new StudyContents(2, 3, List.of("CT", "MR")));
        assertThat(read(() -> instances().visibleContentsOf(new StudyInstanceUid(newUid()))).isEmpty()).isTrue();
    }

    @Test
    void the_quarantined_instances_of_a_patient_are_listed_in_the_order_they_arrived() {
        var study = new StudyInstanceUid(newUid());
        var series = new SeriesInstanceUid(newUid());
        var patient = PatientId.random();
        var later = of(patient, instance(study, series, Shelf.QUARANTINE, 3));
        var earlier = of(patient, instance(study, series, Shelf.QUARANTINE, 1));
        List.of(later, earlier, of(patient, instance(study, series, Shelf.ARCHIVE, 2)),
                instance(study, series, Shelf.QUARANTINE, 4)).forEach(this::save);

        assertThat(read(() -> instances().quarantinedOf(patient))).containsExactly(earlier, later);
        assertThat(read(() -> instances().quarantinedOf(PatientId.random()))).isEmpty();
    }

    private static ImagingInstance withModality(String modality, ImagingInstance i) {
        return new ImagingInstance(i.uid(), i.sopClassUid(), i.series(), i.study(), i.patient(), modality, i.file(),
                i.shelf(), i.receivedAt());
    }

    private static ImagingInstance of(PatientId patient, ImagingInstance i) {
        return new ImagingInstance(i.uid(), i.sopClassUid(), i.series(), i.study(), patient, i.modality(), i.file(),
                i.shelf(), i.receivedAt());
    }
}
