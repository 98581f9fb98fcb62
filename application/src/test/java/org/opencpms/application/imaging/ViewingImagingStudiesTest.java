package org.opencpms.application.imaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.opencpms.application.PanelFixtures.ERN;
import static org.opencpms.application.PanelFixtures.HOSPITAL_ID;
import static org.opencpms.application.PanelFixtures.assertRefused;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PanelFixtures;
import org.opencpms.application.memory.InMemoryImagingInstances;
import org.opencpms.application.memory.InMemoryInstanceFiles;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.imaging.BurnedInText;
import org.opencpms.domain.imaging.BurnedInTextRule;
import org.opencpms.domain.imaging.SeriesInstanceUid;
import org.opencpms.domain.imaging.SopInstanceUid;
import org.opencpms.domain.imaging.StudyInstanceUid;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.shared.PanelId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

/** STOW, QIDO and WADO as use cases: who sends, who finds and who opens a de-identified study. */
class ViewingImagingStudiesTest {

    private static final StudyInstanceUid STUDY = new StudyInstanceUid("2.25.100");

    private final PanelFixtures world = new PanelFixtures();
    private final InMemoryImagingInstances instances = new InMemoryImagingInstances();
    private final InMemoryInstanceFiles files = new InMemoryInstanceFiles();
    private final ReceiveImagingInstance receive = new ReceiveImagingInstance(world.patients, world.consents, files,
            instances, world.archive, BurnedInTextRule.STANDARD, world.clock);
    private final StoreImagingInstance store = new StoreImagingInstance(world.patients, world.policy, receive);
    private final ReadImagingStudy read = new ReadImagingStudy(world.archive, instances, files, world.panels,
            world.patients, world.policy, world.auditing);
    private final SearchImagingStudies search = new SearchImagingStudies(world.archive, instances, files, world.panels,
            world.patients, world.policy, world.auditing);

    private static ReceivedInstance instance(String patientId, String sop, String modality) {
        return new ReceivedInstance() {
            @Override
            public String hospitalPatientId() {
                return patientId;
            }

            @Override
            public BurnedInText burnedInText() {
                return new BurnedInText(BurnedInText.Statement.NOT_STATED, modality, "1.2.840.10008.5.1.4.1.1.2");
            }

            @Override
            public DeidentifiedInstance deidentify(Pseudonym pseudonym) {
                return new DeidentifiedInstance(STUDY, new SeriesInstanceUid("2.25.1"), new SopInstanceUid(sop),
                        "1.2.840.10008.5.1.4.1.1.2", modality, out -> out.write(sop.getBytes(StandardCharsets.US_ASCII)));
            }
        };
    }

    private void stored() {
        store.handle(new StoreImagingInstance.Command(world.lead, instance(HOSPITAL_ID, "2.25.11", "CT")));
        store.handle(new StoreImagingInstance.Command(world.lead, instance(HOSPITAL_ID, "2.25.12", "US")));
    }

    @Test
    void a_health_professional_sends_an_instance_of_a_patient_of_their_centre() throws IOException {
        var receipt = store.handle(new StoreImagingInstance.Command(world.lead, instance(HOSPITAL_ID, "2.25.11", "CT")));

        assertThat(receipt.study()).isEqualTo(STUDY);
        var opened = read.handle(new ReadImagingStudy.Query(world.lead, STUDY));
        assertThat(opened.patientPseudonym()).isEqualTo(world.patients.get(world.patient).pseudonym().id().toString());
        try (var in = opened.instances().get(0).bytes().open()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII)).isEqualTo("2.25.11");
        }
    }

    @Test
    void nobody_sends_for_a_patient_of_another_centre_and_only_centre_staff_send_at_all() {
        assertRefused(() -> store.handle(new StoreImagingInstance.Command(world.expert(ERN),
                instance(HOSPITAL_ID, "2.25.11", "CT"))), "imaging.unknown-patient");
        assertRefused(() -> store.handle(new StoreImagingInstance.Command(world.person(RoleGrant.researcher(ERN)),
                instance(HOSPITAL_ID, "2.25.11", "CT"))), "imaging.upload-forbidden");
        assertThat(instances.ofStudy(STUDY)).isEmpty();
    }

    @Test
    void a_panel_member_opens_the_attached_study_without_its_quarantined_instances_and_is_audited() {
        stored();
        var member = world.expert(ERN);
        PanelId panel = world.inAssessment(member);
        world.archive.save(world.archive.get(STUDY).attachTo(panel, world.patient));

        var opened = read.handle(new ReadImagingStudy.Query(member, STUDY));

        assertThat(opened.instances()).extracting(i -> i.uid().value()).containsExactly("2.25.11");
        assertThat(world.lastAudit().action()).isEqualTo(AuditAction.READ);
        assertThat(world.lastAudit().resourceId()).isEqualTo(STUDY.value());
        assertThat(search.handle(new SearchImagingStudies.Query(member))).extracting(s -> s.study().uid()).containsExactly(STUDY);
    }

    @Test
    void an_outsider_is_told_the_study_does_not_exist_as_for_an_unknown_uid() {
        stored();
        Actor outsider = world.expert(ERN);

        assertRefused(() -> read.handle(new ReadImagingStudy.Query(outsider, STUDY)), "study.not-found");
        assertRefused(() -> read.handle(new ReadImagingStudy.Query(outsider, new StudyInstanceUid("2.25.999"))),
                "study.not-found");
        assertThat(search.handle(new SearchImagingStudies.Query(outsider))).isEmpty();
    }

    @Test
    void a_colleague_at_the_sending_centre_finds_a_study_attached_to_no_panel() {
        stored();
        var colleague = world.person(RoleGrant.healthProfessional(ERN, world.centre));

        assertThat(search.handle(new SearchImagingStudies.Query(colleague))).singleElement()
                .satisfies(s -> assertThat(s.instances()).hasSize(1));
    }
}
