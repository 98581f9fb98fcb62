package org.opencpms.application.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.application.PeopleFixtures.identifying;

import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.IdentifyingDataCorrected;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;

class CorrectIdentifyingDataTest {

    private static final IdentifyingData CORRECTED = new IdentifyingData("Anne", "Muster-Meier", PeopleFixtures.BORN,
            Sex.FEMALE, new HospitalIdentifier("MRN-9"), null);

    private final PeopleFixtures world = new PeopleFixtures();
    private final CorrectIdentifyingData correct = new CorrectIdentifyingData(world.patients, world.events,
            world.auditing, world.clock);
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor hp = world.hp(centre);
    private final PatientId patient = world.enrol(hp, centre, "MRN-1");

    @Test
    void the_enrolling_health_professional_corrects_the_identifying_data_and_learns_the_new_version() {
        var version = correct.handle(new CorrectIdentifyingData.Command(hp, patient, 0L, CORRECTED));

        assertThat(version).isEqualTo(1);
        assertThat(world.patients.get(patient).identifyingData()).isEqualTo(CORRECTED);
        assertThat(world.patients.get(patient).version()).isEqualTo(1);
        assertThat(world.events.published(IdentifyingDataCorrected.class)).singleElement()
                .satisfies(e -> assertThat(e.correctedBy()).isEqualTo(hp.id()));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.actor()).isEqualTo(hp.id());
        assertThat(entry.resourceType()).isEqualTo("Patient");
        assertThat(entry.patient()).isEqualTo(patient);
    }

    @Test
    void their_assistant_corrects_it_too_and_keeping_the_hospital_identifier_is_no_duplicate() {
        var assistant = world.assistantOf(hp, centre);
        var sameIdentifier = new IdentifyingData("Anne", "Muster", PeopleFixtures.BORN, Sex.FEMALE,
                new HospitalIdentifier("MRN-1"), null);

        correct.handle(new CorrectIdentifyingData.Command(assistant, patient, null, sameIdentifier));

        assertThat(world.patients.get(patient).identifyingData().givenName()).isEqualTo("Anne");
    }

    @Test
    void the_hospital_identifier_of_another_patient_of_the_centre_is_refused() {
        world.enrol(hp, centre, "MRN-9");

        assertThatThrownBy(() -> correct.handle(new CorrectIdentifyingData.Command(hp, patient, null, CORRECTED)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.duplicate-hospital-identifier");
        assertThat(world.patients.get(patient).identifyingData()).isEqualTo(identifying("MRN-1"));
        assertThat(world.events.published(IdentifyingDataCorrected.class)).isEmpty();
    }

    @Test
    void nobody_else_corrects_it_not_even_to_probe_identifiers() {
        world.enrol(hp, centre, "MRN-9");
        var colleague = world.hp(centre);

        assertThatThrownBy(() -> correct.handle(new CorrectIdentifyingData.Command(colleague, patient, null, CORRECTED)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.edit-forbidden");
        assertThat(world.patients.get(patient).identifyingData()).isEqualTo(identifying("MRN-1"));
    }

    @Test
    void unknown_patients_and_stale_versions_are_refused() {
        assertThatThrownBy(() -> correct.handle(new CorrectIdentifyingData.Command(hp, PatientId.random(), null, CORRECTED)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.not-found");
        assertThatThrownBy(() -> correct.handle(new CorrectIdentifyingData.Command(hp, patient, 1L, CORRECTED)))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.concurrent-update");
        assertThat(world.patients.get(patient).identifyingData()).isEqualTo(identifying("MRN-1"));
    }
}
