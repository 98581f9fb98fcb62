package org.opencpms.application.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.patient.PatientCursor;
import org.opencpms.domain.patient.Pseudonym;
import org.opencpms.domain.patient.Sex;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.ConcurrentUpdate;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class InMemoryPatientsTest {

    private static final ProviderId CENTRE = ProviderId.random();
    private static final Actor HP = Actor.of(UserId.random(), RoleGrant.healthProfessional(Ern.ERKNET, CENTRE));
    private static final LocalDate ENROLLED_ON = LocalDate.of(2025, 2, 1);

    private final InMemoryPatients patients = new InMemoryPatients();
    private int count;

    private static IdentifyingData data(String hospitalIdentifier) {
        return new IdentifyingData("Jean", "Dupont", LocalDate.of(1990, 5, 5), Sex.MALE,
                new HospitalIdentifier(hospitalIdentifier), null);
    }

    private Patient saved(PatientId id, ProviderId centre, LocalDate enrolledOn) {
        count++;
        var patient = Patient.restore(new NewPatient(id, Pseudonym.of(new Nickname("tidy-otter-" + count)),
                data("H" + count), centre, HP.id(), enrolledOn), 0);
        patients.save(patient);
        return patient;
    }

    @Test
    void a_saved_patient_is_found_with_all_its_state() {
        var patient = saved(PatientId.random(), CENTRE, ENROLLED_ON);

        var found = patients.get(patient.id());
        assertThat(found.pseudonym()).isEqualTo(patient.pseudonym());
        assertThat(found.identifyingData()).isEqualTo(data("H1"));
        assertThat(found.centre()).isEqualTo(CENTRE);
        assertThat(found.enrollingHp()).isEqualTo(HP.id());
        assertThat(found.enrolledOn()).isEqualTo(ENROLLED_ON);
        assertThat(patients.find(PatientId.random())).isEmpty();
    }

    @Test
    void copies_are_independent_of_the_store() {
        var patient = saved(PatientId.random(), CENTRE, ENROLLED_ON);
        patients.get(patient.id()).correctIdentifyingData(data("CHANGED"), HP, Instant.EPOCH);

        assertThat(patients.get(patient.id()).identifyingData().hospitalIdentifier())
                .isEqualTo(new HospitalIdentifier("H1"));
    }

    @Test
    void a_stale_copy_is_refused() {
        var patient = saved(PatientId.random(), CENTRE, ENROLLED_ON);
        var first = patients.get(patient.id());
        var second = patients.get(patient.id());
        patients.save(first);

        assertThat(patients.get(patient.id()).version()).isEqualTo(1);
        assertThatThrownBy(() -> patients.save(second))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.concurrent-update");
    }

    @Test
    void hospital_identifiers_are_looked_up_per_centre_and_nicknames_across_centres() {
        var patient = saved(PatientId.random(), CENTRE, ENROLLED_ON);

        assertThat(patients.findByHospitalIdentifier(CENTRE, new HospitalIdentifier("H1"))).map(Patient::id)
                .contains(patient.id());
        assertThat(patients.findByHospitalIdentifier(ProviderId.random(), new HospitalIdentifier("H1"))).isEmpty();
        assertThat(patients.findByHospitalIdentifier(CENTRE, new HospitalIdentifier("H2"))).isEmpty();
        assertThat(patients.nicknameTaken(new Nickname("tidy-otter-1"))).isTrue();
        assertThat(patients.nicknameTaken(new Nickname("tidy-otter-2"))).isFalse();
    }

    @Test
    void a_centre_lists_its_patients_most_recently_enrolled_first() {
        var older = saved(PatientId.random(), CENTRE, ENROLLED_ON);
        var newer = saved(PatientId.random(), CENTRE, ENROLLED_ON.plusDays(1));
        saved(PatientId.random(), ProviderId.random(), ENROLLED_ON);

        assertThat(patients.listAtCentre(CENTRE, 0, 10)).extracting(Patient::id).containsExactly(newer.id(), older.id());
        assertThat(patients.listAtCentre(CENTRE, 1, 10)).extracting(Patient::id).containsExactly(older.id());
    }

    @Test
    void a_centre_lists_its_patients_after_a_position_in_the_same_order() {
        var older = saved(PatientId.random(), CENTRE, ENROLLED_ON);
        var newer = saved(PatientId.random(), CENTRE, ENROLLED_ON.plusDays(1));
        saved(PatientId.random(), ProviderId.random(), ENROLLED_ON);

        assertThat(patients.listAtCentre(CENTRE, Optional.empty(), 10)).extracting(Patient::id)
                .containsExactly(newer.id(), older.id());
        assertThat(patients.listAtCentre(CENTRE, Optional.empty(), 1)).extracting(Patient::id).containsExactly(newer.id());
        assertThat(patients.listAtCentre(CENTRE, Optional.of(PatientCursor.of(newer)), 10)).extracting(Patient::id)
                .containsExactly(older.id());
        assertThat(patients.listAtCentre(CENTRE, Optional.of(PatientCursor.of(older)), 10)).isEmpty();
        assertThatThrownBy(() -> patients.listAtCentre(CENTRE, Optional.empty(), 0))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("limit.invalid");
    }

    @Test
    void all_patients_are_paged_in_the_order_of_their_ids_as_text() {
        var high = saved(new PatientId(UUID.fromString("f0000000-0000-0000-0000-000000000000")), CENTRE, ENROLLED_ON);
        var low = saved(new PatientId(UUID.fromString("00000000-0000-0000-0000-000000000001")), ProviderId.random(),
                ENROLLED_ON);
        var middle = saved(new PatientId(UUID.fromString("80000000-0000-0000-0000-000000000000")), CENTRE,
                ENROLLED_ON.plusDays(3));

        assertThat(patients.page(0, 10)).extracting(Patient::id).containsExactly(low.id(), middle.id(), high.id());
        assertThat(patients.page(1, 1)).extracting(Patient::id).containsExactly(middle.id());
        assertThat(patients.page(3, 1)).isEmpty();
        assertThat(patients.page(0, 10)).isSortedAccordingTo(Comparator.comparing(p -> p.id().toString()));
    }

    @Test
    void a_new_patient_claiming_a_stored_version_is_refused_as_the_database_does() {
        var patient = Patient.restore(new NewPatient(PatientId.random(), Pseudonym.of(new Nickname("brisk-ibis-1")), data("N1"),
                CENTRE, HP.id(), ENROLLED_ON), 3);

        assertThatThrownBy(() -> patients.save(patient)).extracting("code").isEqualTo("patient.concurrent-update");
        assertThat(patients.find(patient.id())).isEmpty();
    }

    @Test
    void a_second_patient_with_the_same_hospital_identifier_at_the_same_centre_is_refused() {
        var first = saved(PatientId.random(), CENTRE, ENROLLED_ON);
        var twin = Patient.restore(new NewPatient(PatientId.random(), Pseudonym.of(new Nickname("brisk-ibis-2")),
                first.identifyingData(), CENTRE, HP.id(), ENROLLED_ON), 0);
        var elsewhere = Patient.restore(new NewPatient(PatientId.random(), Pseudonym.of(new Nickname("brisk-ibis-3")),
                first.identifyingData(), ProviderId.random(), HP.id(), ENROLLED_ON), 0);

        assertThatThrownBy(() -> patients.save(twin)).extracting("code").isEqualTo("patient.duplicate-hospital-identifier");
        patients.save(elsewhere);
        assertThat(patients.find(elsewhere.id())).isPresent();
    }
}
