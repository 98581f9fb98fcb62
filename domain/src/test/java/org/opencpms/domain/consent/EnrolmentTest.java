package org.opencpms.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.domain.patient.PatientFixtures.ASSISTANT;
import static org.opencpms.domain.patient.PatientFixtures.ENROLLED_ON;
import static org.opencpms.domain.patient.PatientFixtures.HP;
import static org.opencpms.domain.patient.PatientFixtures.NOW;
import static org.opencpms.domain.patient.PatientFixtures.OTHER_HP_OF_CENTRE;
import static org.opencpms.domain.patient.PatientFixtures.newPatient;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.patient.PatientEnrolled;
import org.opencpms.domain.patient.PatientForbidden;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;

class EnrolmentTest {

    private static final PatientId ID = PatientId.random();
    private static final ConsentForm FORM = new ConsentForm("3", "nl");

    private static GivenConsent given(ConsentKind kind, LocalDate on) {
        return new GivenConsent(kind, on, FORM, null);
    }

    @Test
    void a_patient_is_enrolled_with_the_consents_they_gave() {
        var care = given(ConsentKind.CARE, ENROLLED_ON.minusDays(3));
        var sharing = given(ConsentKind.SHARING_WITHIN_ERN, ENROLLED_ON);

        var enrolment = Enrolment.enrol(newPatient(ID), List.of(care, sharing), HP, NOW);

        assertThat(enrolment.patient().id()).isEqualTo(ID);
        assertThat(enrolment.consents()).extracting(Consent::given).containsExactly(care, sharing);
        assertThat(enrolment.consents()).allSatisfy(c -> {
            assertThat(c.patient()).isEqualTo(ID);
            assertThat(c.recordedBy()).isEqualTo(HP.id());
            assertThat(c.recordedAt()).isEqualTo(NOW);
            assertThat(c.id().value().version()).as("time-ordered id").isEqualTo(7);
            assertThat(c.isNew()).isTrue();
        });
        assertThat(enrolment.patient().isNew()).isTrue();
        assertThat(enrolment.consents().get(0).id()).isNotEqualTo(enrolment.consents().get(1).id());
        assertThat(PatientConsents.of(ID, enrolment.consents(), NOW).allowPanels()).isTrue();
    }

    @Test
    void the_events_are_the_enrolment_then_each_consent_and_are_pulled_once() {
        var enrolment = Enrolment.enrol(newPatient(ID), List.of(given(ConsentKind.CARE, ENROLLED_ON),
                given(ConsentKind.RESEARCH_CONTACT, ENROLLED_ON)), HP, NOW);
        var consents = enrolment.consents();

        assertThat(enrolment.pullEvents()).containsExactly(
                new PatientEnrolled(ID, enrolment.patient().pseudonym().id(), enrolment.patient().centre(), HP.id(), HP.id(), NOW),
                new ConsentRecorded(consents.get(0).id(), ID, ConsentKind.CARE, HP.id(), NOW),
                new ConsentRecorded(consents.get(1).id(), ID, ConsentKind.RESEARCH_CONTACT, HP.id(), NOW));
        assertThat(enrolment.pullEvents()).isEmpty();
    }

    @Test
    void an_assistant_enrols_and_records_the_consents_for_the_professional_they_act_for() {
        var enrolment = Enrolment.enrol(newPatient(ID), List.of(given(ConsentKind.CARE, ENROLLED_ON)), ASSISTANT, NOW);

        assertThat(enrolment.patient().enrollingHp()).isEqualTo(HP.id());
        assertThat(enrolment.consents()).extracting(Consent::recordedBy).containsExactly(ASSISTANT.id());
    }

    @Test
    void no_enrolment_without_consent_for_care() {
        var withoutCare = List.of(given(ConsentKind.SHARING_WITHIN_ERN, ENROLLED_ON), given(ConsentKind.REGISTRY_INCLUSION, ENROLLED_ON));

        assertThatThrownBy(() -> Enrolment.enrol(newPatient(ID), withoutCare, HP, NOW))
                .isInstanceOf(InvalidConsent.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("enrolment.care-consent-required");
        assertThatThrownBy(() -> Enrolment.enrol(newPatient(ID), List.of(), HP, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("enrolment.care-consent-required");
    }

    @Test
    void consent_for_care_is_given_by_the_enrolment_date() {
        var lateCare = List.of(given(ConsentKind.CARE, ENROLLED_ON.plusDays(1)));

        assertThatThrownBy(() -> Enrolment.enrol(newPatient(ID), lateCare, HP, NOW))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("enrolment.care-consent-required");
    }

    @Test
    void who_may_not_enrol_is_told_so_before_anything_about_consent() {
        assertThatThrownBy(() -> Enrolment.enrol(newPatient(ID), List.of(), OTHER_HP_OF_CENTRE, NOW))
                .isInstanceOf(PatientForbidden.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("patient.enrol-forbidden");
    }

    @Test
    void the_consents_of_an_enrolment_cannot_be_changed_from_outside() {
        var enrolment = Enrolment.enrol(newPatient(ID), List.of(given(ConsentKind.CARE, ENROLLED_ON)), HP, NOW);

        assertThatThrownBy(() -> enrolment.consents().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
