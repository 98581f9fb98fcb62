package org.opencpms.application.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.HOSPITAL_ID;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.application.memory.InMemoryImagingInstances;
import org.opencpms.application.memory.InMemoryInstanceFiles;
import org.opencpms.domain.imaging.BurnedInText;
import org.opencpms.domain.imaging.BurnedInTextRule;
import org.opencpms.domain.imaging.SeriesInstanceUid;
import org.opencpms.domain.imaging.Shelf;
import org.opencpms.domain.imaging.SopInstanceUid;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.user.RoleGrant;

class QuarantineReleaseTest {

    private static final StudyInstanceUid STUDY = new StudyInstanceUid("2.25.300");
    private static final SopInstanceUid ULTRASOUND = new SopInstanceUid("2.25.31");

    private final PanelFixtures world = new PanelFixtures();
    private final InMemoryImagingInstances instances = new InMemoryImagingInstances();
    private final InMemoryInstanceFiles files = new InMemoryInstanceFiles();
    private final ReceiveImagingInstance receive = new ReceiveImagingInstance(world.patients, world.consents, files,
            instances, world.archive, BurnedInTextRule.STANDARD, world.clock);
    private final ListQuarantinedInstances list = new ListQuarantinedInstances(world.patients, instances, world.policy,
            world.auditing);
    private final ReleaseQuarantinedInstance release = new ReleaseQuarantinedInstance(world.patients, instances, files,
            world.archive, world.policy, world.auditing);

    private void anUltrasoundArrived() {
        receive.handle(new ReceiveImagingInstance.Command(world.centre, new ReceivedInstance() {
            @Override
            public String hospitalPatientId() {
                return HOSPITAL_ID;
            }

            @Override
            public BurnedInText burnedInText() {
                return new BurnedInText(BurnedInText.Statement.NOT_STATED, "US", "1.2.840.10008.5.1.4.1.1.6.1");
            }

            @Override
            public DeidentifiedInstance deidentify(Pseudonym pseudonym) {
                return new DeidentifiedInstance(STUDY, new SeriesInstanceUid("2.25.3"), ULTRASOUND,
                        "1.2.840.10008.5.1.4.1.1.6.1", "US", out -> out.write("pixels".getBytes(StandardCharsets.US_ASCII)));
            }
        }));
    }

    @Test
    void the_hp_who_handles_the_patient_releases_an_instance_to_the_study_panels_see() {
        anUltrasoundArrived();
        assertThat(list.handle(new ListQuarantinedInstances.Query(world.lead, world.patient)))
                .extracting(QuarantinedInstance::uid).containsExactly(ULTRASOUND);
        assertThat(world.archive.find(STUDY)).isEmpty();

        var released = release.handle(new ReleaseQuarantinedInstance.Command(world.lead, world.patient, ULTRASOUND));

        assertThat(released.quarantined()).isFalse();
        assertThat(instances.find(ULTRASOUND).orElseThrow().shelf()).isEqualTo(Shelf.ARCHIVE);
        assertThat(files.count(Shelf.ARCHIVE)).isEqualTo(1);
        assertThat(world.archive.get(STUDY).modalities()).isEqualTo("US");
        assertThat(list.handle(new ListQuarantinedInstances.Query(world.lead, world.patient))).isEmpty();
        assertRefused(() -> release.handle(new ReleaseQuarantinedInstance.Command(world.lead, world.patient, ULTRASOUND)),
                "imaging.not-quarantined");
    }

    @Test
    void nobody_else_learns_of_the_quarantined_instance_or_releases_it() {
        anUltrasoundArrived();
        var colleague = world.person(RoleGrant.healthProfessional(ERN, world.centre));

        assertRefused(() -> list.handle(new ListQuarantinedInstances.Query(colleague, world.patient)), "patient.not-found");
        assertRefused(() -> release.handle(new ReleaseQuarantinedInstance.Command(colleague, world.patient, ULTRASOUND)),
                "imaging.quarantined-instance-not-found");
        assertRefused(() -> release.handle(new ReleaseQuarantinedInstance.Command(world.lead, world.patient,
                new SopInstanceUid("2.25.99"))), "imaging.quarantined-instance-not-found");
        assertThat(instances.find(ULTRASOUND).orElseThrow().quarantined()).isTrue();
    }
}
