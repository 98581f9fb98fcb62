package org.opencpms.application.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.HOSPITAL_ID;
import static org.opencpms.application.PanelFixtures.NOW;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.application.memory.InMemoryImagingInstances;
import org.opencpms.application.memory.InMemoryInstanceFiles;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.imaging.BurnedInText;
import org.opencpms.domain.imaging.BurnedInText.Statement;
import org.opencpms.domain.imaging.BurnedInTextRule;
import org.opencpms.domain.imaging.ImagingStudy;
import org.opencpms.domain.imaging.SeriesInstanceUid;
import org.opencpms.domain.imaging.Shelf;
import org.opencpms.domain.imaging.SopInstanceUid;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.patient.Pseudonym;

class ReceiveImagingInstanceTest {

    private static final String CT = "1.2.840.10008.5.1.4.1.1.2";
    private static final String US = "1.2.840.10008.5.1.4.1.1.6.1";
    private static final StudyInstanceUid STUDY = new StudyInstanceUid("2.25.100");

    private final PanelFixtures world = new PanelFixtures();
    private final InMemoryImagingInstances instances = new InMemoryImagingInstances();
    private final InMemoryInstanceFiles files = new InMemoryInstanceFiles();
    private final ReceiveImagingInstance receive = new ReceiveImagingInstance(world.patients, world.consents, files,
            instances, world.archive, BurnedInTextRule.STANDARD, world.clock);

    /** An instance as an adapter hands it over: it records which pseudonym it was de-identified for. */
    private static final class Received implements ReceivedInstance {
        final String patientId;
        final String series;
        final String sop;
        final String modality;
        final String sopClass;
        final List<Pseudonym> deidentifiedFor = new ArrayList<>();

        Received(String patientId, String series, String sop, String modality, String sopClass) {
            this.patientId = patientId;
            this.series = series;
            this.sop = sop;
            this.modality = modality;
            this.sopClass = sopClass;
        }

        @Override
        public String hospitalPatientId() {
            return patientId;
        }

        @Override
        public BurnedInText burnedInText() {
            return new BurnedInText(Statement.NOT_STATED, modality, sopClass);
        }

        @Override
        public DeidentifiedInstance deidentify(Pseudonym pseudonym) {
            deidentifiedFor.add(pseudonym);
            return new DeidentifiedInstance(STUDY, new SeriesInstanceUid(series), new SopInstanceUid(sop), sopClass, modality,
                    out -> out.write((pseudonym.nickname().value() + sop).getBytes(StandardCharsets.US_ASCII)));
        }
    }

    private static Received ct(String series, String sop) {
        return new Received(HOSPITAL_ID, series, sop, "CT", CT);
    }

    @Test
    void an_instance_for_an_enrolled_patient_is_deidentified_with_their_pseudonym_kept_and_counted_in_its_study() {
        var first = ct("2.25.1", "2.25.11");

        var receipt = receive.handle(new ReceiveImagingInstance.Command(world.centre, first));
        receive.handle(new ReceiveImagingInstance.Command(world.centre, ct("2.25.1", "2.25.12")));
        receive.handle(new ReceiveImagingInstance.Command(world.centre, ct("2.25.2", "2.25.21")));

        assertThat(receipt).isEqualTo(new ReceiveImagingInstance.Receipt(STUDY, new SopInstanceUid("2.25.11"), false));
        assertThat(first.deidentifiedFor).containsExactly(world.patients.get(world.patient).pseudonym());
        assertThat(world.archive.get(STUDY)).isEqualTo(new ImagingStudy(STUDY, world.patient, null, "CT", 2, 3, NOW));
        var indexed = instances.find(new SopInstanceUid("2.25.11")).orElseThrow();
        assertThat(indexed.patient()).isEqualTo(world.patient);
        assertThat(indexed.shelf()).isEqualTo(Shelf.ARCHIVE);
        assertThat(files.open(indexed.file().address(), Shelf.ARCHIVE)).isPresent();
        assertThat(files.count(Shelf.ARCHIVE)).isEqualTo(3);
    }

    @Test
    void an_instance_received_twice_is_indexed_once() {
        receive.handle(new ReceiveImagingInstance.Command(world.centre, ct("2.25.1", "2.25.11")));
        receive.handle(new ReceiveImagingInstance.Command(world.centre, ct("2.25.1", "2.25.11")));

        assertThat(instances.ofStudy(STUDY)).hasSize(1);
        assertThat(world.archive.get(STUDY).instanceCount()).isEqualTo(1);
        assertThat(files.count(Shelf.ARCHIVE)).isEqualTo(1);
    }

    @Test
    void an_ultrasound_is_kept_in_quarantine_and_counts_for_no_study_the_panels_see() {
        var us = new Received(HOSPITAL_ID, "2.25.3", "2.25.31", "US", US);

        var receipt = receive.handle(new ReceiveImagingInstance.Command(world.centre, us));

        assertThat(receipt.quarantined()).isTrue();
        assertThat(world.archive.find(STUDY)).isEmpty();
        assertThat(files.count(Shelf.QUARANTINE)).isEqualTo(1);
        assertThat(files.count(Shelf.ARCHIVE)).isZero();
        receive.handle(new ReceiveImagingInstance.Command(world.centre, ct("2.25.1", "2.25.11")));
        assertThat(world.archive.get(STUDY).modalities()).isEqualTo("CT");
        assertThat(world.archive.get(STUDY).instanceCount()).isEqualTo(1);
    }

    @Test
    void an_instance_of_a_patient_unknown_at_the_sending_centre_is_refused_and_nothing_is_kept() {
        var stranger = new Received("HOSP-000000", "2.25.1", "2.25.11", "CT", CT);
        var atOtherCentre = ct("2.25.1", "2.25.12");
        var withoutId = new Received(" ", "2.25.1", "2.25.13", "CT", CT);

        assertRefused(() -> receive.handle(new ReceiveImagingInstance.Command(world.centre, stranger)), "imaging.unknown-patient");
        assertRefused(() -> receive.handle(new ReceiveImagingInstance.Command(world.otherCentre, atOtherCentre)),
                "imaging.unknown-patient");
        assertRefused(() -> receive.handle(new ReceiveImagingInstance.Command(world.centre, withoutId)), "imaging.unknown-patient");

        assertNothingKept(stranger, atOtherCentre, withoutId);
    }

    @Test
    void an_instance_of_a_patient_who_withdrew_consent_to_sharing_is_refused_and_nothing_is_kept() {
        var sharing = world.consents.ofPatient(world.patient).stream()
                .filter(c -> c.kind() == ConsentKind.SHARING_WITHIN_ERN).findFirst().orElseThrow();
        sharing.withdraw(world.patients.get(world.patient), PanelFixtures.TODAY, "changed their mind", world.lead, NOW.minusSeconds(60));
        world.consents.save(sharing);
        var instance = ct("2.25.1", "2.25.11");

        assertRefused(() -> receive.handle(new ReceiveImagingInstance.Command(world.centre, instance)), "imaging.no-consent");

        assertNothingKept(instance);
    }

    private void assertNothingKept(Received... refused) {
        for (Received r : refused) {
            assertThat(r.deidentifiedFor).isEmpty();
        }
        assertThat(instances.ofStudy(STUDY)).isEmpty();
        assertThat(world.archive.find(STUDY)).isEmpty();
        assertThat(files.count(Shelf.ARCHIVE) + files.count(Shelf.QUARANTINE)).isZero();
    }
}
