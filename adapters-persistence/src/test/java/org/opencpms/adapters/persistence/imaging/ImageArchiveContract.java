package org.opencpms.adapters.persistence.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.imaging.ImageArchive;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.imaging.StudyNotFound;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.shared.PatientId;

/** What every {@link ImageArchive} does, whatever keeps the studies. */
public abstract class ImageArchiveContract {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00.250001Z");
    private static final AtomicLong UIDS = new AtomicLong(System.nanoTime());

    protected abstract ImageArchive imageArchive();

    /** Runs the work in one transaction (or just runs it, for a store without transactions). */
    protected abstract void inTransaction(Runnable work);

    /** The id of a stored panel of {@code patient}, to attach studies to. */
    protected abstract PanelId aPanelOf(PatientId patient);

    private <T> T read(Supplier<T> work) {
        var result = new AtomicReference<T>();
        inTransaction(() -> result.set(work.get()));
        return result.get();
    }

    private void save(ImagingStudy study) {
        inTransaction(() -> imageArchive().save(study));
    }

    private static StudyInstanceUid newUid() {
        return new StudyInstanceUid("2.25." + UIDS.incrementAndGet());
    }

    private static ImagingStudy study(PatientId patient, int second) {
        return new ImagingStudy(newUid(), patient, null, "CT", 1, 120, T0.plusSeconds(second));
    }

    @Test
    void a_saved_study_is_found_with_every_field() {
        PatientId patient = PatientId.random();
        var study = new ImagingStudy(newUid(), patient, null, "CT MR", 3, 250, T0);

        save(study);

        assertThat(read(() -> imageArchive().find(study.uid()))).contains(study);
        assertThat(read(() -> imageArchive().get(study.uid()))).isEqualTo(study);
    }

    @Test
    void a_study_found_for_update_is_the_saved_one_and_an_unknown_one_is_not_found() {
        var study = new ImagingStudy(newUid(), PatientId.random(), null, "CT", 1, 2, T0);

        save(study);

        assertThat(read(() -> imageArchive().findForUpdate(study.uid()))).contains(study);
        assertThat(read(() -> imageArchive().findForUpdate(newUid()))).isEmpty();
    }

    @Test
    void an_attached_study_is_found_with_its_panel() {
        PatientId patient = PatientId.random();
        var study = study(patient, 0).attachTo(aPanelOf(patient), patient);

        save(study);

        assertThat(read(() -> imageArchive().get(study.uid()))).isEqualTo(study);
    }

    @Test
    void an_unknown_study_is_not_found() {
        StudyInstanceUid unknown = newUid();

        assertThat(read(() -> imageArchive().find(unknown))).isEmpty();
        assertThatThrownBy(() -> read(() -> imageArchive().get(unknown)))
                .isInstanceOf(StudyNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("study.not-found");
    }

    @Test
    void saving_a_study_again_replaces_what_is_known_of_it() {
        PatientId patient = PatientId.random();
        var first = new ImagingStudy(newUid(), patient, null, "CT", 1, 10, T0);
        save(first);
        var more = new ImagingStudy(first.uid(), patient, null, "CT SR", 2, 30, T0);

        save(more);

        assertThat(read(() -> imageArchive().get(first.uid()))).isEqualTo(more);
        assertThat(read(() -> imageArchive().ofPatient(patient))).containsExactly(more);
    }

    @Test
    void a_patients_studies_are_listed_in_the_order_they_were_received() {
        PatientId patient = PatientId.random();
        var second = study(patient, 2);
        var first = study(patient, 1);
        var third = study(patient, 3);
        List.of(second, third, first).forEach(this::save);
        save(study(PatientId.random(), 0));

        assertThat(read(() -> imageArchive().ofPatient(patient))).containsExactly(first, second, third);
        assertThat(read(() -> imageArchive().ofPatient(PatientId.random()))).isEmpty();
    }

    @Test
    void studies_received_at_the_same_instant_keep_the_order_they_were_first_saved_in_even_when_saved_again() {
        PatientId patient = PatientId.random();
        List<ImagingStudy> studies = List.of(study(patient, 0), study(patient, 0), study(patient, 0));
        studies.forEach(this::save);
        var firstAgain = new ImagingStudy(studies.get(0).uid(), patient, null, "CT", 1, 121, studies.get(0).receivedAt());
        save(firstAgain);

        assertThat(read(() -> imageArchive().ofPatient(patient))).containsExactly(firstAgain, studies.get(1), studies.get(2));
    }

    @Test
    void the_studies_attached_to_a_panel_are_listed_in_the_order_they_were_received() {
        PatientId patient = PatientId.random();
        PanelId panel = aPanelOf(patient);
        PanelId otherPanel = aPanelOf(patient);
        var later = study(patient, 2).attachTo(panel, patient);
        var earlier = study(patient, 1);
        var elsewhere = study(patient, 0).attachTo(otherPanel, patient);
        var unattached = study(patient, 3);
        List.of(later, earlier, elsewhere, unattached).forEach(this::save);

        save(earlier.attachTo(panel, patient));

        assertThat(read(() -> imageArchive().attachedTo(panel))).containsExactly(earlier.attachTo(panel, patient), later);
        assertThat(read(() -> imageArchive().attachedTo(otherPanel))).containsExactly(elsewhere);
        assertThat(read(() -> imageArchive().ofPatient(patient))).hasSize(4);
    }
}
