package org.opencpms.application.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencpms.application.PeopleFixtures;
import org.opencpms.domain.audit.AuditAction;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.ConsentWithdrawn;
import org.opencpms.domain.consent.PatientConsents;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.ProviderId;
import org.opencpms.domain.user.Actor;

class WithdrawConsentTest {

    private final PeopleFixtures world = new PeopleFixtures();
    private final WithdrawConsent withdraw = new WithdrawConsent(world.consents, world.patients, world.events,
            world.auditing, world.clock);
    private final ProviderId centre = world.centre(PeopleFixtures.ERN);
    private final Actor hp = world.hp(centre);
    private final PatientId patient = world.enrol(hp, centre, "MRN-1", ConsentKind.RESEARCH_CONTACT);
    private final ConsentId researchContact = world.consents.ofPatient(patient).stream()
            .filter(c -> c.kind() == ConsentKind.RESEARCH_CONTACT).findFirst().orElseThrow().id();

    @Test
    void a_withdrawal_is_recorded_with_its_reason_and_takes_effect_at_once() {
        withdraw.handle(new WithdrawConsent.Command(hp, researchContact, 0L, null, "does not want to be contacted"));

        var consent = world.consents.get(researchContact);
        var withdrawal = consent.withdrawal().orElseThrow();
        assertThat(withdrawal.withdrawnOn()).isEqualTo(PeopleFixtures.TODAY);
        assertThat(withdrawal.recordedAt()).isEqualTo(PeopleFixtures.NOW);
        assertThat(withdrawal.recordedBy()).isEqualTo(hp.id());
        assertThat(withdrawal.reason()).isEqualTo("does not want to be contacted");
        assertThat(PatientConsents.of(patient, world.consents.ofPatient(patient), PeopleFixtures.NOW)
                .allows(ConsentKind.RESEARCH_CONTACT)).isFalse();
        assertThat(world.events.published(ConsentWithdrawn.class)).singleElement()
                .satisfies(e -> assertThat(e.consent()).isEqualTo(researchContact));
        var entry = world.lastAudit();
        assertThat(entry.action()).isEqualTo(AuditAction.UPDATE);
        assertThat(entry.resourceType()).isEqualTo("Consent");
        assertThat(entry.resourceId()).isEqualTo(researchContact.toString());
        assertThat(entry.patient()).isEqualTo(patient);
        assertThat(entry.purpose()).isEqualTo("consent withdrawn: RESEARCH_CONTACT");
    }

    @Test
    void the_day_the_patient_withdrew_may_be_given() {
        withdraw.handle(new WithdrawConsent.Command(world.assistantOf(hp, centre), researchContact, null, PeopleFixtures.TODAY, "by letter"));

        assertThat(world.consents.get(researchContact).withdrawal().orElseThrow().withdrawnOn())
                .isEqualTo(PeopleFixtures.TODAY);
    }

    @Test
    void a_reason_is_required() {
        assertThatThrownBy(() -> new WithdrawConsent.Command(hp, researchContact, null, null, null))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("withdrawal-reason.invalid");
        assertThatThrownBy(() -> withdraw.handle(new WithdrawConsent.Command(hp, researchContact, null, null, " ")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("withdrawal-reason.invalid");
        assertThat(world.consents.get(researchContact).isWithdrawn()).isFalse();
    }

    @Test
    void a_consent_is_withdrawn_once_and_never_before_it_was_given() {
        assertThatThrownBy(() -> withdraw.handle(new WithdrawConsent.Command(hp, researchContact, null, LocalDate.of(2024, 1, 1), "earlier")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.withdrawn-before-given");
        withdraw.handle(new WithdrawConsent.Command(hp, researchContact, null, null, "no"));
        assertThatThrownBy(() -> withdraw.handle(new WithdrawConsent.Command(hp, researchContact, null, null, "again")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.already-withdrawn");
    }

    @Test
    void nobody_else_withdraws_it() {
        assertThatThrownBy(() -> withdraw.handle(new WithdrawConsent.Command(world.hp(centre), researchContact, null, null, "no")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.forbidden");
        assertThat(world.consents.get(researchContact).isWithdrawn()).isFalse();
    }

    @Test
    void unknown_consents_and_stale_versions_are_refused() {
        assertThatThrownBy(() -> withdraw.handle(new WithdrawConsent.Command(hp, ConsentId.random(), null, null, "no")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.not-found");
        assertThatThrownBy(() -> withdraw.handle(new WithdrawConsent.Command(hp, researchContact, 1L, null, "no")))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consent.concurrent-update");
        assertThat(world.consents.get(researchContact).isWithdrawn()).isFalse();
    }
}
