package org.opencpms.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencpms.domain.patient.PatientFixtures.ASSISTANT;
import static org.opencpms.domain.patient.PatientFixtures.HP;
import static org.opencpms.domain.patient.PatientFixtures.OTHER_HP_OF_CENTRE;
import static org.opencpms.domain.patient.PatientFixtures.enrolledPatient;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.patient.Patient;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

class ConsentTest {

    private static final Instant RECORDED = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant WITHDRAWN = Instant.parse("2026-06-01T08:00:00Z");
    private static final LocalDate GIVEN_ON = LocalDate.of(2026, 2, 27);
    private static final LocalDate WITHDRAWN_ON = LocalDate.of(2026, 5, 31);
    private static final ConsentId ID = ConsentId.random();
    private static final ConsentForm FORM = new ConsentForm("2.1", "fr");
    private static final DocumentReference SIGNED = new DocumentReference("consents/1.pdf", "application/pdf");
    private static final GivenConsent SHARING = new GivenConsent(ConsentKind.SHARING_WITHIN_ERN, GIVEN_ON, FORM, SIGNED);

    private final Patient patient = enrolledPatient();

    private Consent recorded() {
        var consent = Consent.record(ID, patient, SHARING, HP, RECORDED);
        consent.pullEvents();
        return consent;
    }

    private Consent withdrawn() {
        var consent = recorded();
        consent.withdraw(patient, WITHDRAWN_ON, "patient's request", HP, WITHDRAWN);
        consent.pullEvents();
        return consent;
    }

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("no domain exception");
    }

    @Test
    void the_enrolling_professional_records_a_consent() {
        var consent = Consent.record(ID, patient, SHARING, HP, RECORDED);

        assertThat(consent.id()).isEqualTo(ID);
        assertThat(consent.patient()).isEqualTo(patient.id());
        assertThat(consent.kind()).isEqualTo(ConsentKind.SHARING_WITHIN_ERN);
        assertThat(consent.givenOn()).isEqualTo(GIVEN_ON);
        assertThat(consent.form()).isEqualTo(FORM);
        assertThat(consent.signedDocument()).contains(SIGNED);
        assertThat(consent.given()).isEqualTo(SHARING);
        assertThat(consent.recordedBy()).isEqualTo(HP.id());
        assertThat(consent.recordedAt()).isEqualTo(RECORDED);
        assertThat(consent.withdrawal()).isEmpty();
        assertThat(consent.isWithdrawn()).isFalse();
        assertThat(consent.version()).isZero();
        assertThat(consent.pullEvents()).containsExactly(
                new ConsentRecorded(ID, patient.id(), ConsentKind.SHARING_WITHIN_ERN, HP.id(), RECORDED));
    }

    @Test
    void a_recorded_consent_is_new_and_a_restored_one_is_not_even_at_version_zero() {
        assertThat(Consent.record(ID, patient, SHARING, HP, RECORDED).isNew()).isTrue();
        assertThat(Consent.restore(ID, patient.id(), SHARING, HP.id(), RECORDED, null, 0).isNew()).isFalse();
    }

    @Test
    void their_assistant_records_a_consent_too() {
        var consent = Consent.record(ID, patient, SHARING, ASSISTANT, RECORDED);

        assertThat(consent.recordedBy()).isEqualTo(ASSISTANT.id());
    }

    @Test
    void nobody_else_records_a_consent() {
        assertThatThrownBy(() -> Consent.record(ID, patient, SHARING, OTHER_HP_OF_CENTRE, RECORDED))
                .isInstanceOf(ConsentForbidden.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.forbidden");
    }

    @Test
    void a_withdrawal_is_recorded_and_kept() {
        var consent = recorded();

        consent.withdraw(patient, WITHDRAWN_ON, " patient's request ", ASSISTANT, WITHDRAWN);

        assertThat(consent.isWithdrawn()).isTrue();
        assertThat(consent.withdrawal()).contains(new Withdrawal(WITHDRAWN_ON, WITHDRAWN, ASSISTANT.id(), "patient's request"));
        assertThat(consent.pullEvents()).containsExactly(
                new ConsentWithdrawn(ID, patient.id(), ConsentKind.SHARING_WITHIN_ERN, ASSISTANT.id(), WITHDRAWN));
    }

    @Test
    void a_consent_is_withdrawn_once() {
        var consent = withdrawn();

        assertThatThrownBy(() -> consent.withdraw(patient, WITHDRAWN_ON.plusDays(1), "again", HP, WITHDRAWN.plusSeconds(60)))
                .isInstanceOf(ConsentAlreadyWithdrawn.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.already-withdrawn");
        assertThat(consent.withdrawal().map(Withdrawal::withdrawnOn)).contains(WITHDRAWN_ON);
        assertThat(consent.pullEvents()).isEmpty();
    }

    @Test
    void nobody_else_withdraws_a_consent() {
        var consent = recorded();

        assertThat(codeOf(() -> consent.withdraw(patient, WITHDRAWN_ON, "r", OTHER_HP_OF_CENTRE, WITHDRAWN)))
                .isEqualTo("consent.forbidden");
        assertThat(consent.isWithdrawn()).isFalse();
        assertThat(consent.pullEvents()).isEmpty();
    }

    @Test
    void a_consent_is_withdrawn_with_its_own_patient() {
        var consent = recorded();
        var otherPatient = enrolledPatient();

        assertThatThrownBy(() -> consent.withdraw(otherPatient, WITHDRAWN_ON, "r", HP, WITHDRAWN))
                .isInstanceOf(InvalidConsent.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.other-patient");
        assertThat(consent.isWithdrawn()).isFalse();
    }

    @Test
    void a_consent_is_withdrawn_on_or_after_the_day_it_was_given() {
        var consent = recorded();

        assertThat(codeOf(() -> consent.withdraw(patient, GIVEN_ON.minusDays(1), "r", HP, WITHDRAWN)))
                .isEqualTo("consent.withdrawn-before-given");
        assertThat(consent.isWithdrawn()).isFalse();
        consent.withdraw(patient, GIVEN_ON, "r", HP, WITHDRAWN);
        assertThat(consent.isInForceOn(GIVEN_ON)).isFalse();
    }

    @Test
    void a_consent_is_in_force_from_its_recording_until_its_withdrawal_is_recorded() {
        var consent = withdrawn();
        var instant = Duration.ofNanos(1);

        assertThat(consent.isInForceAt(RECORDED.minus(instant))).isFalse();
        assertThat(consent.isInForceAt(RECORDED)).isTrue();
        assertThat(consent.isInForceAt(WITHDRAWN.minus(instant))).isTrue();
        assertThat(consent.isInForceAt(WITHDRAWN)).isFalse();
        assertThat(recorded().isInForceAt(WITHDRAWN.plusSeconds(86_400 * 365))).isTrue();
    }

    @Test
    void by_calendar_a_consent_is_in_force_from_the_day_given_until_the_day_before_it_was_withdrawn() {
        var consent = withdrawn();

        assertThat(consent.isInForceOn(GIVEN_ON.minusDays(1))).isFalse();
        assertThat(consent.isInForceOn(GIVEN_ON)).isTrue();
        assertThat(consent.isInForceOn(WITHDRAWN_ON.minusDays(1))).isTrue();
        assertThat(consent.isInForceOn(WITHDRAWN_ON)).isFalse();
        assertThat(recorded().isInForceOn(LocalDate.of(2040, 1, 1))).isTrue();
    }

    @Test
    void a_restored_consent_has_its_stored_state_and_no_events() {
        var by = UserId.random();
        var withdrawal = new Withdrawal(WITHDRAWN_ON, WITHDRAWN, by, "r");

        var consent = Consent.restore(ID, patient.id(), SHARING, by, RECORDED, withdrawal, 6);

        assertThat(consent.id()).isEqualTo(ID);
        assertThat(consent.patient()).isEqualTo(patient.id());
        assertThat(consent.given()).isEqualTo(SHARING);
        assertThat(consent.recordedBy()).isEqualTo(by);
        assertThat(consent.recordedAt()).isEqualTo(RECORDED);
        assertThat(consent.withdrawal()).contains(withdrawal);
        assertThat(consent.version()).isEqualTo(6);
        assertThat(consent.pullEvents()).isEmpty();
        assertThat(Consent.restore(ID, patient.id(), SHARING, by, RECORDED, null, 6).isWithdrawn()).isFalse();
        assertThat(codeOf(() -> Consent.restore(ID, patient.id(), SHARING, by, RECORDED,
                new Withdrawal(GIVEN_ON.minusDays(1), WITHDRAWN, by, "r"), 6))).isEqualTo("consent.withdrawn-before-given");
    }

    @Test
    void getting_an_unknown_consent_fails_with_not_found() {
        var known = recorded();
        Consents consents = new Consents() {
            public Optional<Consent> find(ConsentId id) {
                return id.equals(ID) ? Optional.of(known) : Optional.empty();
            }

            public void save(Consent consent) {
            }

            public List<Consent> ofPatient(PatientId patient) {
                return List.of();
            }
        };

        assertThat(consents.get(ID)).isSameAs(known);
        assertThatThrownBy(() -> consents.get(ConsentId.random()))
                .isInstanceOf(ConsentNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.not-found");
    }
}
