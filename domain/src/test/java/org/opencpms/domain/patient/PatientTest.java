package org.opencpms.domain.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.domain.patient.PatientFixtures.ASSISTANT;
import static org.opencpms.domain.patient.PatientFixtures.CENTRE;
import static org.opencpms.domain.patient.PatientFixtures.ENROLLED_ON;
import static org.opencpms.domain.patient.PatientFixtures.HP;
import static org.opencpms.domain.patient.PatientFixtures.HP_ID;
import static org.opencpms.domain.patient.PatientFixtures.NOW;
import static org.opencpms.domain.patient.PatientFixtures.OTHER_HP_OF_CENTRE;
import static org.opencpms.domain.patient.PatientFixtures.PSEUDONYM;
import static org.opencpms.domain.patient.PatientFixtures.enrolledPatient;
import static org.opencpms.domain.patient.PatientFixtures.identifyingData;
import static org.opencpms.domain.patient.PatientFixtures.newPatient;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.reference.Ern;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;
import org.opencpms.domain.user.RoleGrant;

class PatientTest {

    private static final PatientId ID = PatientId.random();

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("no domain exception");
    }

    private static IdentifyingData bornOn(LocalDate date) {
        var data = identifyingData();
        return new IdentifyingData(data.givenName(), data.familyName(), date, data.sex(), data.hospitalIdentifier(), null);
    }

    private static Patient bornOnAndSeenLater(LocalDate born) {
        return Patient.restore(new NewPatient(ID, PSEUDONYM, bornOn(born), CENTRE, HP_ID, LocalDate.of(2030, 1, 1)), 1);
    }

    @Test
    void a_health_professional_of_the_centre_enrols_a_patient_as_the_enrolling_professional() {
        var patient = Patient.enrol(newPatient(ID), HP, NOW);

        assertThat(patient.id()).isEqualTo(ID);
        assertThat(patient.pseudonym()).isEqualTo(PSEUDONYM);
        assertThat(patient.nickname()).isEqualTo(PSEUDONYM.nickname());
        assertThat(patient.identifyingData()).isEqualTo(identifyingData());
        assertThat(patient.sex()).isEqualTo(identifyingData().sex());
        assertThat(patient.centre()).isEqualTo(CENTRE);
        assertThat(patient.enrollingHp()).isEqualTo(HP_ID);
        assertThat(patient.enrolledOn()).isEqualTo(ENROLLED_ON);
        assertThat(patient.version()).isZero();
        assertThat(patient.pullEvents())
                .containsExactly(new PatientEnrolled(ID, PSEUDONYM.id(), CENTRE, HP_ID, HP_ID, NOW));
    }

    @Test
    void an_enrolled_patient_is_new_and_a_restored_one_is_not_even_at_version_zero() {
        assertThat(Patient.enrol(newPatient(ID), HP, NOW).isNew()).isTrue();
        assertThat(Patient.restore(newPatient(ID), 0).isNew()).isFalse();
    }

    @Test
    void a_centre_assistant_enrols_on_behalf_of_the_professional_they_act_for() {
        var patient = Patient.enrol(newPatient(ID), ASSISTANT, NOW);

        assertThat(patient.enrollingHp()).isEqualTo(HP_ID);
        assertThat(patient.pullEvents())
                .containsExactly(new PatientEnrolled(ID, PSEUDONYM.id(), CENTRE, HP_ID, ASSISTANT.id(), NOW));
    }

    @Test
    void nobody_enrols_in_the_name_of_another_professional() {
        assertThatThrownBy(() -> Patient.enrol(newPatient(ID), OTHER_HP_OF_CENTRE, NOW))
                .isInstanceOf(PatientForbidden.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.enrol-forbidden");
        var assistantOfAnother = Actor.of(UserId.random(), RoleGrant.centreAssistant(CENTRE, UserId.random()));
        assertThat(codeOf(() -> Patient.enrol(newPatient(ID), assistantOfAnother, NOW))).isEqualTo("patient.enrol-forbidden");
    }

    @Test
    void nobody_enrols_at_a_centre_where_they_are_not_a_health_professional_or_assistant() {
        var atAnotherCentre = Actor.of(HP_ID, RoleGrant.healthProfessional(Ern.ERKNET, ProviderId.random()));
        var assistantElsewhere = Actor.of(UserId.random(), RoleGrant.centreAssistant(ProviderId.random(), HP_ID));
        var managerHere = Actor.of(HP_ID, RoleGrant.panelManager(Ern.ERKNET, CENTRE));

        for (Actor actor : List.of(atAnotherCentre, assistantElsewhere, managerHere, Actor.of(HP_ID))) {
            assertThat(codeOf(() -> Patient.enrol(newPatient(ID), actor, NOW))).isEqualTo("patient.enrol-forbidden");
        }
    }

    @Test
    void a_patient_is_born_on_or_before_the_enrolment_date() {
        var onTheDay = new NewPatient(ID, PSEUDONYM, bornOn(ENROLLED_ON), CENTRE, HP_ID, ENROLLED_ON);
        var dayAfter = new NewPatient(ID, PSEUDONYM, bornOn(ENROLLED_ON.plusDays(1)), CENTRE, HP_ID, ENROLLED_ON);

        assertThat(Patient.enrol(onTheDay, HP, NOW).ageInYearsAt(ENROLLED_ON)).isZero();
        assertThatThrownBy(() -> Patient.enrol(dayAfter, HP, NOW))
                .isInstanceOf(BornAfterEnrolment.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.born-after-enrolment");
    }

    @Test
    void the_age_grows_by_one_on_each_birthday() {
        var patient = bornOnAndSeenLater(LocalDate.of(2012, 5, 14));

        assertThat(patient.ageInYearsAt(LocalDate.of(2012, 5, 14))).isZero();
        assertThat(patient.ageInYearsAt(LocalDate.of(2013, 5, 13))).isZero();
        assertThat(patient.ageInYearsAt(LocalDate.of(2013, 5, 14))).isEqualTo(1);
        assertThat(patient.ageInYearsAt(LocalDate.of(2026, 5, 13))).isEqualTo(13);
        assertThat(patient.ageInYearsAt(LocalDate.of(2026, 5, 14))).isEqualTo(14);
    }

    @Test
    void someone_born_on_29_february_ages_on_1_march_in_common_years_and_on_29_february_in_leap_years() {
        var patient = bornOnAndSeenLater(LocalDate.of(2008, 2, 29));

        assertThat(patient.ageInYearsAt(LocalDate.of(2009, 2, 28))).isZero();
        assertThat(patient.ageInYearsAt(LocalDate.of(2009, 3, 1))).isEqualTo(1);
        assertThat(patient.ageInYearsAt(LocalDate.of(2012, 2, 28))).isEqualTo(3);
        assertThat(patient.ageInYearsAt(LocalDate.of(2012, 2, 29))).isEqualTo(4);
    }

    @Test
    void there_is_no_age_before_the_birth() {
        var patient = bornOnAndSeenLater(LocalDate.of(2012, 5, 14));

        assertThat(codeOf(() -> patient.ageInYearsAt(LocalDate.of(2012, 5, 13)))).isEqualTo("age-date.invalid");
        assertThat(codeOf(() -> patient.ageInYearsAt(null))).isEqualTo("age-date.invalid");
    }

    @Test
    void the_enrolling_professional_and_their_assistant_handle_the_patient_and_nobody_else() {
        var patient = enrolledPatient();
        var hpWhoLeftTheCentre = Actor.of(HP_ID, RoleGrant.healthProfessional(Ern.ERKNET, ProviderId.random()));
        var assistantElsewhere = Actor.of(UserId.random(), RoleGrant.centreAssistant(ProviderId.random(), HP_ID));
        var coordinatorHere = Actor.of(UserId.random(), RoleGrant.coordinator(Ern.ERKNET, CENTRE));

        assertThat(patient.isHandledBy(HP)).isTrue();
        assertThat(patient.isHandledBy(ASSISTANT)).isTrue();
        assertThat(patient.isHandledBy(OTHER_HP_OF_CENTRE)).isFalse();
        assertThat(patient.isHandledBy(hpWhoLeftTheCentre)).isFalse();
        assertThat(patient.isHandledBy(assistantElsewhere)).isFalse();
        assertThat(patient.isHandledBy(coordinatorHere)).isFalse();
    }

    @Test
    void the_enrolling_professional_corrects_identifying_data_and_the_event_says_only_who_and_when() {
        var patient = enrolledPatient();
        var corrected = bornOn(LocalDate.of(2012, 5, 15));

        patient.correctIdentifyingData(corrected, HP, NOW);

        assertThat(patient.identifyingData()).isEqualTo(corrected);
        assertThat(patient.pullEvents()).containsExactly(new IdentifyingDataCorrected(patient.id(), HP_ID, NOW));
    }

    @Test
    void the_assistant_corrects_identifying_data_too() {
        var patient = enrolledPatient();
        var corrected = bornOn(LocalDate.of(2012, 5, 15));

        patient.correctIdentifyingData(corrected, ASSISTANT, NOW);

        assertThat(patient.identifyingData()).isEqualTo(corrected);
        assertThat(patient.pullEvents()).containsExactly(new IdentifyingDataCorrected(patient.id(), ASSISTANT.id(), NOW));
    }

    @Test
    void nobody_else_corrects_identifying_data() {
        var patient = enrolledPatient();

        assertThatThrownBy(() -> patient.correctIdentifyingData(bornOn(LocalDate.of(2012, 5, 15)), OTHER_HP_OF_CENTRE, NOW))
                .isInstanceOf(PatientForbidden.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.edit-forbidden");
        assertThat(patient.identifyingData()).isEqualTo(identifyingData());
        assertThat(patient.pullEvents()).isEmpty();
    }

    @Test
    void a_corrected_birth_date_is_still_on_or_before_the_enrolment_date() {
        var patient = enrolledPatient();

        patient.correctIdentifyingData(bornOn(ENROLLED_ON), HP, NOW);
        assertThat(codeOf(() -> patient.correctIdentifyingData(bornOn(ENROLLED_ON.plusDays(1)), HP, NOW)))
                .isEqualTo("patient.born-after-enrolment");
        assertThat(patient.identifyingData().dateOfBirth()).isEqualTo(ENROLLED_ON);
        assertThat(codeOf(() -> patient.correctIdentifyingData(null, HP, NOW))).isEqualTo("identifying-data.invalid");
    }

    @Test
    void a_restored_patient_has_its_stored_state_and_no_events() {
        var patient = Patient.restore(newPatient(ID), 5);

        assertThat(patient.id()).isEqualTo(ID);
        assertThat(patient.pseudonym()).isEqualTo(PSEUDONYM);
        assertThat(patient.identifyingData()).isEqualTo(identifyingData());
        assertThat(patient.centre()).isEqualTo(CENTRE);
        assertThat(patient.enrollingHp()).isEqualTo(HP_ID);
        assertThat(patient.enrolledOn()).isEqualTo(ENROLLED_ON);
        assertThat(patient.version()).isEqualTo(5);
        assertThat(patient.pullEvents()).isEmpty();
    }

    @Test
    void a_new_patient_has_every_part_of_its_enrolment() {
        var data = identifyingData();
        assertThat(codeOf(() -> new NewPatient(null, PSEUDONYM, data, CENTRE, HP_ID, ENROLLED_ON))).isEqualTo("patient-id.invalid");
        assertThat(codeOf(() -> new NewPatient(ID, null, data, CENTRE, HP_ID, ENROLLED_ON))).isEqualTo("pseudonym.invalid");
        assertThat(codeOf(() -> new NewPatient(ID, PSEUDONYM, null, CENTRE, HP_ID, ENROLLED_ON))).isEqualTo("identifying-data.invalid");
        assertThat(codeOf(() -> new NewPatient(ID, PSEUDONYM, data, null, HP_ID, ENROLLED_ON))).isEqualTo("centre.invalid");
        assertThat(codeOf(() -> new NewPatient(ID, PSEUDONYM, data, CENTRE, null, ENROLLED_ON))).isEqualTo("enrolling-hp.invalid");
        assertThat(codeOf(() -> new NewPatient(ID, PSEUDONYM, data, CENTRE, HP_ID, null))).isEqualTo("enrolled-on.invalid");
    }

    @Test
    void exceptions_about_patients_never_repeat_identifying_data() {
        var centre = ProviderId.random();
        var duplicate = new DuplicateHospitalIdentifier(centre);

        assertThat(duplicate.code()).isEqualTo("patient.duplicate-hospital-identifier");
        assertThat(duplicate.getMessage()).contains(centre.toString()).doesNotContain("MRN-0042");
    }

    @Test
    void getting_an_unknown_patient_fails_with_not_found() {
        var known = enrolledPatient();
        Patients patients = new Patients() {
            public Optional<Patient> find(PatientId id) {
                return id.equals(known.id()) ? Optional.of(known) : Optional.empty();
            }

            public Map<PatientId, Patient> findAll(Collection<PatientId> ids) {
                return Map.of();
            }

            public void save(Patient patient) {
            }

            public Optional<Patient> findByHospitalIdentifier(ProviderId centre, HospitalIdentifier identifier) {
                return Optional.empty();
            }

            public boolean nicknameTaken(Nickname nickname) {
                return false;
            }

            public List<Patient> listAtCentre(ProviderId centre, int offset, int limit) {
                return List.of();
            }

            public List<Patient> listAtCentre(ProviderId centre, Optional<PatientCursor> after, int limit) {
                return List.of();
            }

            public List<Patient> page(int offset, int limit) {
                return List.of();
            }
        };

        assertThat(patients.get(known.id())).isSameAs(known);
        assertThatThrownBy(() -> patients.get(PatientId.random()))
                .isInstanceOf(PatientNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.not-found");
    }
}
