package org.opencpms.adapters.rest.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencpms.application.consent.ConsentView;
import org.opencpms.domain.consent.ConsentForm;
import org.opencpms.domain.consent.ConsentId;
import org.opencpms.domain.consent.ConsentKind;
import org.opencpms.domain.consent.DocumentReference;
import org.opencpms.domain.consent.GivenConsent;
import org.opencpms.domain.consent.Withdrawal;
import org.opencpms.domain.shared.InvalidValue;
import org.opencpms.domain.shared.UserId;
import org.opencpms.domain.user.Actor;

class ConsentMappingTest {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private static final UserId HP = UserId.random();

    @Test
    void a_given_consent_becomes_the_domains_field_by_field() {
        var json = new GivenConsentJson("registry_inclusion", LocalDate.of(2025, 2, 1), new ConsentFormJson("v2", "fr"),
                new DocumentReferenceJson("k/1", "application/pdf"));

        assertThat(json.toDomain()).isEqualTo(new GivenConsent(ConsentKind.REGISTRY_INCLUSION, LocalDate.of(2025, 2, 1),
                new ConsentForm("v2", "fr"), new DocumentReference("k/1", "application/pdf")));
        assertThat(new GivenConsentJson("CARE", LocalDate.of(2025, 2, 1), new ConsentFormJson("v2", "fr"), null)
                .toDomain().signed()).isEmpty();
    }

    @Test
    void a_form_or_document_the_domain_refuses_is_an_invalid_value() {
        var badLanguage = new GivenConsentJson("CARE", LocalDate.of(2025, 2, 1), new ConsentFormJson("v2", "xx"), null);
        var badMediaType = new GivenConsentJson("CARE", LocalDate.of(2025, 2, 1), new ConsentFormJson("v2", "fr"),
                new DocumentReferenceJson("k", "pdf"));

        assertThatThrownBy(badLanguage::toDomain).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.code()).isEqualTo("form-language.invalid"));
        assertThatThrownBy(badMediaType::toDomain).isInstanceOfSatisfying(InvalidValue.class,
                e -> assertThat(e.code()).isEqualTo("media-type.invalid"));
    }

    @Test
    void a_withdrawn_consent_view_becomes_its_json_field_by_field() {
        var given = new GivenConsent(ConsentKind.CARE, LocalDate.of(2025, 1, 2), new ConsentForm("v3", "de"),
                new DocumentReference("consents/42.pdf", "application/pdf"));
        var withdrawal = new Withdrawal(LocalDate.of(2025, 3, 1), Instant.parse("2025-03-02T09:00:00Z"), HP, "moved");
        var view = new ConsentView(ConsentId.random(), given, HP, Instant.parse("2025-01-02T10:00:00Z"), false,
                Optional.of(withdrawal), 2);

        var json = ConsentJson.of(view);

        assertThat(json).isEqualTo(new ConsentJson(view.id().value().toString(), "CARE", LocalDate.of(2025, 1, 2),
                new ConsentFormJson("v3", "de"), new DocumentReferenceJson("consents/42.pdf", "application/pdf"),
                HP.value().toString(), Instant.parse("2025-01-02T10:00:00Z"), false,
                new WithdrawalJson(LocalDate.of(2025, 3, 1), Instant.parse("2025-03-02T09:00:00Z"),
                        HP.value().toString(), "moved"), 2));
    }

    @Test
    void a_consent_in_force_has_no_withdrawal_in_its_json() {
        var given = new GivenConsent(ConsentKind.CARE, LocalDate.of(2025, 1, 2), new ConsentForm("v3", "de"), null);
        var json = ConsentJson.of(new ConsentView(ConsentId.random(), given, HP, Instant.parse("2025-01-02T10:00:00Z"),
                true, Optional.empty(), 0));

        var text = JSONB.toJson(json);
        assertThat(text).doesNotContain("withdrawal", "signedDocument").contains("\"inForce\":true",
                "\"recordedAt\":\"2025-01-02T10:00:00Z\"");
        assertThat(JSONB.fromJson(text, ConsentJson.class)).isEqualTo(json);
    }

    @Test
    void a_withdrawal_request_becomes_the_command() {
        var actor = Actor.of(HP);
        var consent = ConsentId.random();

        var command = new WithdrawConsentRequest(LocalDate.of(2025, 3, 1), "moved abroad").toCommand(actor, consent, 3L);

        assertThat(command.actor()).isEqualTo(actor);
        assertThat(command.consent()).isEqualTo(consent);
        assertThat(command.withdrawnOn()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(command.reason()).isEqualTo("moved abroad");
        assertThat(command.expectedVersion()).isEqualTo(3L);
        assertThat(new WithdrawConsentRequest(null, "r").toCommand(actor, consent, null).withdrawnOn())
                .as("today, decided by the use case").isNull();
    }
}
