package org.opencpms.adapters.fhir.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.hl7.fhir.r4.model.Attachment;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Consent;
import org.hl7.fhir.r4.model.Consent.ConsentState;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.shared.DomainException;

class ConsentMappingTest {

    private static Consent consent(String kind) {
        var consent = new Consent().setStatus(ConsentState.ACTIVE);
        consent.addCategory().addCoding(new Coding(ConsentMapping.KINDS, kind, null));
        consent.setDateTimeElement(new DateTimeType("2026-12-01"));
        consent.setSource(new Attachment().setTitle("v3").setLanguage("fr"));
        return consent;
    }

    @Test
    void each_of_the_four_kinds_is_a_category_code() {
        assertThat(ConsentMapping.given(consent("care")).kind()).isEqualTo(ConsentKind.CARE);
        assertThat(ConsentMapping.given(consent("sharing-within-ern")).kind()).isEqualTo(ConsentKind.SHARING_WITHIN_ERN);
        assertThat(ConsentMapping.given(consent("registry-inclusion")).kind()).isEqualTo(ConsentKind.REGISTRY_INCLUSION);
        var research = ConsentMapping.given(consent("research-contact"));
        assertThat(research.kind()).isEqualTo(ConsentKind.RESEARCH_CONTACT);
        assertThat(research.givenOn()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(research.form().version()).isEqualTo("v3");
        assertThat(research.form().language()).isEqualTo("fr");
    }

    @Test
    void an_unknown_kind_or_a_consent_not_active_is_refused_and_inactive_or_rejected_withdraws() {
        assertThatThrownBy(() -> ConsentMapping.given(consent("marketing")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("consent-kind.invalid"));
        assertThatThrownBy(() -> ConsentMapping.given(consent("care").setStatus(ConsentState.REJECTED)))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("consent-status.invalid"));

        var withdrawal = consent("care").setStatus(ConsentState.INACTIVE);
        withdrawal.addExtension(ConsentMapping.WITHDRAWAL_REASON, new StringType("patient moved abroad"));
        assertThat(ConsentMapping.withdraws(withdrawal)).isTrue();
        assertThat(ConsentMapping.withdraws(consent("care").setStatus(ConsentState.REJECTED))).isTrue();
        assertThat(ConsentMapping.withdraws(consent("care"))).isFalse();
        assertThat(ConsentMapping.withdrawalReason(withdrawal)).isEqualTo("patient moved abroad");
    }
}
