package org.opencpms.application.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.consent.Consent;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.DocumentReference;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.consent.Withdrawal;
import org.opencpms.domain.patient.HospitalIdentifier;
import org.opencpms.domain.patient.IdentifyingData;
import org.opencpms.domain.patient.NewPatient;
import org.opencpms.domain.patient.Nickname;
import org.opencpms.domain.patient.Patient;
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

class InMemoryConsentsTest {

    private static final PatientId PATIENT = PatientId.random();
    private static final LocalDate GIVEN_ON = LocalDate.of(2025, 1, 1);
    private static final Instant T0 = Instant.parse("2025-01-01T09:00:00Z");

    private final InMemoryConsents consents = new InMemoryConsents();

    private Consent saved(PatientId patient, ConsentKind kind, Instant recordedAt, Withdrawal withdrawal) {
        var consent = Consent.restore(ConsentId.random(), patient, new GivenConsent(kind, GIVEN_ON,
                        new ConsentForm("v1", "fr"), new DocumentReference("consents/1.pdf", "application/pdf")),
                UserId.random(), recordedAt, withdrawal, 0);
        consents.save(consent);
        return consent;
    }

    @Test
    void a_saved_consent_is_found_with_its_withdrawal() {
        var withdrawal = new Withdrawal(GIVEN_ON.plusDays(3), T0.plusSeconds(3600), UserId.random(), "changed mind");
        var consent = saved(PATIENT, ConsentKind.RESEARCH_CONTACT, T0, withdrawal);

        var found = consents.get(consent.id());
        assertThat(found.patient()).isEqualTo(PATIENT);
        assertThat(found.given()).isEqualTo(consent.given());
        assertThat(found.recordedBy()).isEqualTo(consent.recordedBy());
        assertThat(found.recordedAt()).isEqualTo(T0);
        assertThat(found.withdrawal()).contains(withdrawal);
        assertThat(consents.find(ConsentId.random())).isEmpty();
    }

    @Test
    void copies_are_independent_of_the_store() {
        var centre = ProviderId.random();
        var hp = Actor.of(UserId.random(), RoleGrant.healthProfessional(Ern.ERKNET, centre));
        var patient = Patient.restore(new NewPatient(PATIENT, Pseudonym.of(new Nickname("tidy-otter-0001")),
                new IdentifyingData("A", "B", GIVEN_ON, Sex.MALE, new HospitalIdentifier("H1"), null), centre, hp.id(),
                GIVEN_ON), 0);
        var consent = saved(PATIENT, ConsentKind.CARE, T0, null);

        consents.get(consent.id()).withdraw(patient, GIVEN_ON, "changed mind", hp, T0);

        assertThat(consents.get(consent.id()).withdrawal()).isEmpty();
    }

    @Test
    void a_stale_copy_is_refused() {
        var consent = saved(PATIENT, ConsentKind.CARE, T0, null);
        var first = consents.get(consent.id());
        var second = consents.get(consent.id());
        consents.save(first);

        assertThat(consents.get(consent.id()).version()).isEqualTo(1);
        assertThatThrownBy(() -> consents.save(second))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.concurrent-update");
    }

    @Test
    void the_consents_of_a_patient_come_in_the_order_recorded() {
        var later = saved(PATIENT, ConsentKind.CARE, T0.plusSeconds(5), null);
        var earlier = saved(PATIENT, ConsentKind.SHARING_WITHIN_ERN, T0, null);
        var sameInstant = saved(PATIENT, ConsentKind.RESEARCH_CONTACT, T0, null);
        saved(PatientId.random(), ConsentKind.CARE, T0, null);

        assertThat(consents.ofPatient(PATIENT)).extracting(Consent::id)
                .containsExactly(earlier.id(), sameInstant.id(), later.id());
    }
}
