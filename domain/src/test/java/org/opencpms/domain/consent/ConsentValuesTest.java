package org.opencpms.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.opencpms.domain.shared.DomainException;
import org.opencpms.domain.shared.UserId;

class ConsentValuesTest {

    private static final ConsentForm FORM = new ConsentForm("2.1", "de");

    private static String codeOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("no domain exception");
    }

    @Test
    void a_consent_form_has_a_version_and_an_iso_639_1_language() {
        var form = new ConsentForm(" 2024-03 ", " FR ");
        assertThat(form.version()).isEqualTo("2024-03");
        assertThat(form.language()).isEqualTo("fr");
        assertThat(new ConsentForm("v".repeat(32), "ga").version()).hasSize(32);
        assertThat(codeOf(() -> new ConsentForm("v".repeat(33), "de"))).isEqualTo("form-version.invalid");
        assertThat(codeOf(() -> new ConsentForm(" ", "de"))).isEqualTo("form-version.invalid");
        for (String bad : new String[] {"deu", "xx", "", "d", "de-AT"}) {
            assertThat(codeOf(() -> new ConsentForm("1", bad))).as(bad).isEqualTo("form-language.invalid");
        }
        assertThat(codeOf(() -> new ConsentForm("1", null))).isEqualTo("form-language.invalid");
    }

    @Test
    void a_document_reference_is_a_storage_key_and_a_media_type() {
        var document = new DocumentReference(" consents/7f3a.pdf ", " Application/PDF ");
        assertThat(document.storageKey()).isEqualTo("consents/7f3a.pdf");
        assertThat(document.mediaType()).isEqualTo("application/pdf");
        assertThat(new DocumentReference("k".repeat(500), "image/jpeg").storageKey()).hasSize(500);
        assertThat(new DocumentReference("k", "application/vnd.oasis.opendocument.text+xml").mediaType())
                .isEqualTo("application/vnd.oasis.opendocument.text+xml");
        assertThat(codeOf(() -> new DocumentReference("k".repeat(501), "image/jpeg"))).isEqualTo("storage-key.invalid");
        for (String bad : new String[] {"pdf", "application/", "/pdf", "application/pdf; charset=x", "a/b/c", ""}) {
            assertThat(codeOf(() -> new DocumentReference("k", bad))).as(bad).isEqualTo("media-type.invalid");
        }
        assertThat(codeOf(() -> new DocumentReference("k", null))).isEqualTo("media-type.invalid");
    }

    @Test
    void a_given_consent_has_a_kind_a_date_and_a_form_and_maybe_a_signed_document() {
        var day = LocalDate.of(2026, 3, 1);
        var document = new DocumentReference("k", "application/pdf");

        assertThat(new GivenConsent(ConsentKind.CARE, day, FORM, null).signed()).isEmpty();
        assertThat(new GivenConsent(ConsentKind.CARE, day, FORM, document).signed()).contains(document);
        assertThat(codeOf(() -> new GivenConsent(null, day, FORM, null))).isEqualTo("consent-kind.invalid");
        assertThat(codeOf(() -> new GivenConsent(ConsentKind.CARE, null, FORM, null))).isEqualTo("given-on.invalid");
        assertThat(codeOf(() -> new GivenConsent(ConsentKind.CARE, day, null, null))).isEqualTo("consent-form.invalid");
    }

    @Test
    void a_withdrawal_has_a_reason_of_at_most_2000_characters() {
        var day = LocalDate.of(2026, 3, 1);
        var at = Instant.parse("2026-03-01T10:00:00Z");
        var by = UserId.random();

        assertThat(new Withdrawal(day, at, by, " patient's request ").reason()).isEqualTo("patient's request");
        assertThat(new Withdrawal(day, at, by, "r".repeat(2000)).reason()).hasSize(2000);
        assertThat(codeOf(() -> new Withdrawal(day, at, by, "r".repeat(2001)))).isEqualTo("withdrawal-reason.invalid");
        assertThat(codeOf(() -> new Withdrawal(day, at, by, " "))).isEqualTo("withdrawal-reason.invalid");
        assertThat(codeOf(() -> new Withdrawal(null, at, by, "r"))).isEqualTo("withdrawn-on.invalid");
        assertThat(codeOf(() -> new Withdrawal(day, null, by, "r"))).isEqualTo("recorded-at.invalid");
        assertThat(codeOf(() -> new Withdrawal(day, at, null, "r"))).isEqualTo("recorded-by.invalid");
    }

    @Test
    void a_consent_id_is_a_uuid() {
        var id = ConsentId.random();
        assertThat(ConsentId.of(id.toString())).isEqualTo(id);
        assertThat(id.toString()).isEqualTo(id.value().toString());
        assertThat(codeOf(() -> ConsentId.of("nope"))).isEqualTo("consent-id.invalid");
        assertThat(codeOf(() -> ConsentId.of(null))).isEqualTo("consent-id.invalid");
    }
}
