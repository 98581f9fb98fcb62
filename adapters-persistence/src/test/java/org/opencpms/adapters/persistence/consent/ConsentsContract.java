package org.opencpms.adapters.persistence.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.consent.Consent;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.ConsentNotFound;
import org.opencpms.domain.consent.Consents;
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

/** What every {@link Consents} does, whatever stores it. */
abstract class ConsentsContract {

    private static final LocalDate GIVEN_ON = LocalDate.of(2025, 2, 27);
    private static final Instant RECORDED_AT = Instant.parse("2025-03-01T10:15:30.123456Z");
    private static final Instant WITHDRAWN_AT = Instant.parse("2025-06-01T08:00:00.000001Z");
    private static final ConsentForm FORM = new ConsentForm("2.1-b", "de");

    protected abstract Consents consents();

    protected abstract void inTransaction(Runnable work);

    private <T> T read(Supplier<T> query) {
        var result = new Object[1];
        inTransaction(() -> result[0] = query.get());
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }

    private static Patient patient() {
        return Patient.restore(new NewPatient(PatientId.random(), Pseudonym.of(new Nickname("p-" + UUID.randomUUID())),
                new IdentifyingData("Anna", "Schmidt", LocalDate.of(2001, 5, 4), Sex.FEMALE,
                        new HospitalIdentifier("H-1"), null),
                ProviderId.random(), UserId.random(), LocalDate.of(2025, 3, 1)), 0);
    }

    private static Actor hpOf(Patient patient) {
        return Actor.of(patient.enrollingHp(), RoleGrant.healthProfessional(Ern.ERKNET, patient.centre()));
    }

    private static Consent consent(PatientId patient, ConsentKind kind, Instant recordedAt) {
        return Consent.restore(ConsentId.random(), patient, new GivenConsent(kind, GIVEN_ON, FORM, null), UserId.random(),
                recordedAt, null, 0);
    }

    private Consent saved(Consent consent) {
        inTransaction(() -> consents().save(consent));
        return consent;
    }

    @Test
    void a_saved_consent_is_found_with_every_field_and_version_zero() {
        var document = new DocumentReference("consents/2025/03/7f3a.pdf", "application/pdf");
        var consent = saved(Consent.restore(ConsentId.random(), PatientId.random(),
                new GivenConsent(ConsentKind.REGISTRY_INCLUSION, GIVEN_ON, FORM, document), UserId.random(), RECORDED_AT,
                null, 0));

        var found = read(() -> consents().get(consent.id()));

        assertThat(found.id()).isEqualTo(consent.id());
        assertThat(found.patient()).isEqualTo(consent.patient());
        assertThat(found.given()).isEqualTo(consent.given());
        assertThat(found.signedDocument()).contains(document);
        assertThat(found.recordedBy()).isEqualTo(consent.recordedBy());
        assertThat(found.recordedAt()).isEqualTo(RECORDED_AT);
        assertThat(found.withdrawal()).isEmpty();
        assertThat(found.version()).isZero();
        assertThat(found.pullEvents()).isEmpty();
    }

    @Test
    void a_consent_without_signed_document_is_stored_without_one() {
        var consent = saved(consent(PatientId.random(), ConsentKind.CARE, RECORDED_AT));
        var found = read(() -> consents().get(consent.id()));
        assertThat(found.signedDocument()).isEmpty();
        assertThat(found.given()).isEqualTo(new GivenConsent(ConsentKind.CARE, GIVEN_ON, FORM, null));
    }

    @Test
    void a_withdrawal_is_stored_and_increments_the_version() {
        var patient = patient();
        var consent = saved(consent(patient.id(), ConsentKind.RESEARCH_CONTACT, RECORDED_AT));
        var found = read(() -> consents().get(consent.id()));
        found.withdraw(patient, LocalDate.of(2025, 5, 31), "Patient no longer wishes to be contacted.", hpOf(patient), WITHDRAWN_AT);
        inTransaction(() -> consents().save(found));

        var withdrawn = read(() -> consents().get(consent.id()));
        assertThat(withdrawn.version()).isEqualTo(1);
        assertThat(withdrawn.withdrawal()).contains(new Withdrawal(LocalDate.of(2025, 5, 31), WITHDRAWN_AT,
                patient.enrollingHp(), "Patient no longer wishes to be contacted."));
        assertThat(withdrawn.isInForceAt(WITHDRAWN_AT)).isFalse();

        inTransaction(() -> consents().save(withdrawn));
        assertThat(read(() -> consents().get(consent.id())).version()).isEqualTo(2);
    }

    @Test
    void saving_a_stale_version_fails_with_a_concurrent_update_and_changes_nothing() {
        var patient = patient();
        var consent = saved(consent(patient.id(), ConsentKind.SHARING_WITHIN_ERN, RECORDED_AT));
        var mine = read(() -> consents().get(consent.id()));
        var theirs = read(() -> consents().get(consent.id()));
        theirs.withdraw(patient, LocalDate.of(2025, 5, 1), "Theirs.", hpOf(patient), WITHDRAWN_AT);
        inTransaction(() -> consents().save(theirs));

        mine.withdraw(patient, LocalDate.of(2025, 5, 2), "Mine.", hpOf(patient), WITHDRAWN_AT);
        assertThatThrownBy(() -> inTransaction(() -> consents().save(mine)))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.concurrent-update");

        var stored = read(() -> consents().get(consent.id()));
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.withdrawal()).map(Withdrawal::reason).contains("Theirs.");
    }

    @Test
    void a_consent_found_is_a_copy_that_changes_nothing_until_saved() {
        var patient = patient();
        var consent = saved(consent(patient.id(), ConsentKind.CARE, RECORDED_AT));
        read(() -> consents().get(consent.id())).withdraw(patient, GIVEN_ON, "Not saved.", hpOf(patient), WITHDRAWN_AT);
        consent.withdraw(patient, GIVEN_ON, "Not saved either.", hpOf(patient), WITHDRAWN_AT);

        assertThat(read(() -> consents().get(consent.id())).isWithdrawn()).isFalse();
    }

    @Test
    void an_unknown_consent_is_not_found() {
        var id = ConsentId.random();
        assertThat(read(() -> consents().find(id))).isEmpty();
        assertThatThrownBy(() -> inTransaction(() -> consents().get(id)))
                .isInstanceOf(ConsentNotFound.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.not-found");
    }

    @Test
    void a_patients_consents_come_in_the_order_recorded_then_first_saved_withdrawn_ones_included() {
        var patient = patient();
        var later = saved(consent(patient.id(), ConsentKind.CARE, RECORDED_AT.plusSeconds(60)));
        var sameInstantFirst = saved(consent(patient.id(), ConsentKind.RESEARCH_CONTACT, RECORDED_AT));
        var sameInstantSecond = saved(consent(patient.id(), ConsentKind.CARE, RECORDED_AT));
        var earliest = saved(consent(patient.id(), ConsentKind.REGISTRY_INCLUSION, RECORDED_AT.minusNanos(1000)));
        saved(consent(PatientId.random(), ConsentKind.CARE, RECORDED_AT));
        var withdrawn = read(() -> consents().get(sameInstantFirst.id()));
        withdrawn.withdraw(patient, GIVEN_ON, "Changed their mind.", hpOf(patient), WITHDRAWN_AT);
        inTransaction(() -> consents().save(withdrawn));

        var listed = read(() -> consents().ofPatient(patient.id()));

        assertThat(listed).extracting(Consent::id)
                .containsExactly(earliest.id(), sameInstantFirst.id(), sameInstantSecond.id(), later.id());
        assertThat(listed.get(1).isWithdrawn()).isTrue();
        assertThat(listed.get(1).version()).isEqualTo(1);
    }

    @Test
    void consents_saved_in_one_transaction_keep_the_order_saved() {
        var patient = patient();
        var first = consent(patient.id(), ConsentKind.REGISTRY_INCLUSION, RECORDED_AT);
        var second = consent(patient.id(), ConsentKind.CARE, RECORDED_AT);
        var third = consent(patient.id(), ConsentKind.SHARING_WITHIN_ERN, RECORDED_AT);
        inTransaction(() -> {
            consents().save(first);
            consents().save(second);
            consents().save(third);
        });

        assertThat(read(() -> consents().ofPatient(patient.id()))).extracting(Consent::id)
                .containsExactly(first.id(), second.id(), third.id());
    }

    @Test
    void new_consents_saved_in_one_transaction_keep_the_order_saved() {
        var patient = patient();
        var first = recorded(patient, ConsentKind.CARE);
        var second = recorded(patient, ConsentKind.SHARING_WITHIN_ERN);
        inTransaction(() -> {
            consents().save(first);
            consents().save(second);
        });

        assertThat(read(() -> consents().ofPatient(patient.id()))).extracting(Consent::id)
                .containsExactly(first.id(), second.id());
    }

    /** A consent just recorded through the domain's factory: new, at version 0. */
    private static Consent recorded(Patient patient, ConsentKind kind) {
        return Consent.record(ConsentId.timeOrdered(RECORDED_AT), patient, new GivenConsent(kind, GIVEN_ON, FORM, null),
                hpOf(patient), RECORDED_AT);
    }

    @Test
    void a_new_consent_is_inserted_once_and_saving_it_as_new_again_is_a_concurrent_update() {
        var consent = saved(recorded(patient(), ConsentKind.CARE));

        assertThatThrownBy(() -> inTransaction(() -> consents().save(consent)))
                .isInstanceOf(ConcurrentUpdate.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.concurrent-update");
        assertThat(read(() -> consents().get(consent.id())).version()).isZero();
        assertThatThrownBy(() -> inTransaction(() -> {
            var another = recorded(patient(), ConsentKind.CARE);
            consents().save(another);
            consents().save(another);
        })).isInstanceOf(ConcurrentUpdate.class);
    }

    @Test
    void a_patient_without_consents_has_an_empty_list() {
        assertThat(read(() -> consents().ofPatient(PatientId.random()))).isEmpty();
    }
}
