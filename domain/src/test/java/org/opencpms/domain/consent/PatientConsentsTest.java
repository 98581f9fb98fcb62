package org.opencpms.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.PatientId;
import org.opencpms.domain.shared.UserId;

class PatientConsentsTest {

    private static final PatientId PATIENT = PatientId.random();
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant T1 = Instant.parse("2026-04-01T10:00:00Z");
    private static final Instant T2 = Instant.parse("2026-05-01T10:00:00Z");
    private static final UserId HP = UserId.random();

    private static Consent consent(PatientId patient, ConsentKind kind, Instant recordedAt, Instant withdrawnAt) {
        var given = new GivenConsent(kind, LocalDate.of(2026, 3, 1), new ConsentForm("1", "en"), null);
        var withdrawal = withdrawnAt == null ? null : new Withdrawal(LocalDate.of(2026, 4, 1), withdrawnAt, HP, "r");
        return Consent.restore(ConsentId.random(), patient, given, HP, recordedAt, withdrawal, 1);
    }

    @Test
    void the_kinds_in_force_are_those_recorded_and_not_yet_withdrawn() {
        var consents = List.of(
                consent(PATIENT, ConsentKind.CARE, T0, null),
                consent(PATIENT, ConsentKind.SHARING_WITHIN_ERN, T0, T1),
                consent(PATIENT, ConsentKind.REGISTRY_INCLUSION, T2, null));

        assertThat(PatientConsents.of(PATIENT, consents, T0).inForce())
                .containsExactlyInAnyOrder(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN);
        assertThat(PatientConsents.of(PATIENT, consents, T1).inForce()).containsExactly(ConsentKind.CARE);
        assertThat(PatientConsents.of(PATIENT, consents, T2).inForce())
                .containsExactlyInAnyOrder(ConsentKind.CARE, ConsentKind.REGISTRY_INCLUSION);
        assertThat(PatientConsents.of(PATIENT, consents, T2).patient()).isEqualTo(PATIENT);
    }

    @Test
    void a_kind_stays_in_force_while_any_of_its_consents_is() {
        var consents = List.of(consent(PATIENT, ConsentKind.CARE, T0, T1), consent(PATIENT, ConsentKind.CARE, T1, null));

        assertThat(PatientConsents.of(PATIENT, consents, T2).allows(ConsentKind.CARE)).isTrue();
    }

    @Test
    void a_patient_without_consents_allows_nothing() {
        var none = PatientConsents.of(PATIENT, List.of(), T0);

        assertThat(none.inForce()).isEmpty();
        assertThat(none.allowPanels()).isFalse();
        assertThat(none.allowResearchUse()).isFalse();
    }

    @Test
    void consents_of_another_patient_are_refused() {
        var mixed = List.of(consent(PATIENT, ConsentKind.CARE, T0, null), consent(PatientId.random(), ConsentKind.CARE, T0, null));

        assertThatThrownBy(() -> PatientConsents.of(PATIENT, mixed, T0))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("consents.invalid");
    }

    @Test
    void panels_need_care_and_sharing_within_the_ern() {
        assertThat(new PatientConsents(PATIENT, EnumSet.of(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN)).allowPanels()).isTrue();
        assertThat(new PatientConsents(PATIENT, EnumSet.of(ConsentKind.CARE)).allowPanels()).isFalse();
        assertThat(new PatientConsents(PATIENT, EnumSet.of(ConsentKind.SHARING_WITHIN_ERN)).allowPanels()).isFalse();
    }

    @Test
    void research_use_needs_registry_inclusion_or_research_contact() {
        assertThat(new PatientConsents(PATIENT, Set.of(ConsentKind.REGISTRY_INCLUSION)).allowResearchUse()).isTrue();
        assertThat(new PatientConsents(PATIENT, Set.of(ConsentKind.RESEARCH_CONTACT)).allowResearchUse()).isTrue();
        assertThat(new PatientConsents(PATIENT, Set.of(ConsentKind.CARE, ConsentKind.SHARING_WITHIN_ERN)).allowResearchUse()).isFalse();
        assertThat(new PatientConsents(PATIENT, null).inForce()).isEmpty();
    }
}
